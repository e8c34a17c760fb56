package vn.counterdesk.invoice.sign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.util.encoders.Hex;

/**
 * Compares an {@code X509SubjectName} string with a certificate's subject. Producers write the name in either RDN
 * order and with keywords the JDK does not know ({@code S=} for the province in genuine GDT files), so names
 * are compared as multisets of (attribute OID, value), case- and space-insensitively.
 */
final class SubjectNames {

    private static final String UID = "0.9.2342.19200300.100.1.1";

    private static final Map<String, String> KEYWORDS = Map.ofEntries(
            Map.entry("CN", "2.5.4.3"),
            Map.entry("C", "2.5.4.6"),
            Map.entry("L", "2.5.4.7"),
            Map.entry("S", "2.5.4.8"),
            Map.entry("ST", "2.5.4.8"),
            Map.entry("O", "2.5.4.10"),
            Map.entry("OU", "2.5.4.11"),
            Map.entry("T", "2.5.4.12"),
            Map.entry("TITLE", "2.5.4.12"),
            Map.entry("STREET", "2.5.4.9"),
            Map.entry("SERIALNUMBER", "2.5.4.5"),
            Map.entry("UID", UID),
            Map.entry("DC", "0.9.2342.19200300.100.1.25"),
            Map.entry("E", "1.2.840.113549.1.9.1"),
            Map.entry("EMAILADDRESS", "1.2.840.113549.1.9.1"));

    private SubjectNames() {}

    static boolean matches(String subjectName, X509Certificate certificate) {
        Optional<List<String>> written = parse(subjectName);
        if (written.isEmpty()) {
            return false;
        }
        Optional<List<String>> subject = attributes(certificate);
        if (subject.isEmpty()) {
            return false;
        }
        List<String> actual = subject.get();
        List<String> expected = new ArrayList<>(written.orElseThrow());
        if (expected.size() != actual.size()) {
            return false;
        }
        for (String attribute : actual) {
            if (!expected.remove(attribute)) {
                return false;
            }
        }
        return expected.isEmpty();
    }

    /** The certificate subject's common name, for display. */
    static Optional<String> commonName(X509Certificate certificate) {
        return values(certificate, "2.5.4.3").stream().findFirst();
    }

    /** Whether the subject carries {@code UID=MST:<taxCode>} (spec §6), possibly with a branch suffix. */
    static boolean carriesTaxCode(X509Certificate certificate, String taxCode) {
        return values(certificate, UID).stream()
                .map(v -> v.toUpperCase(Locale.ROOT).replace(" ", ""))
                .anyMatch(v -> v.equals("MST:" + taxCode) || v.equals("MST:" + taxCode.replace("-", "")));
    }

    private static List<String> values(X509Certificate certificate, String oid) {
        List<String> values = new ArrayList<>();
        for (RDN rdn : subject(certificate).map(X500Name::getRDNs).orElse(new RDN[0])) {
            for (AttributeTypeAndValue ava : rdn.getTypesAndValues()) {
                if (ava.getType().getId().equals(oid)) {
                    values.add(text(ava.getValue()));
                }
            }
        }
        return values;
    }

    /** Empty when the subject is not a name BouncyCastle can read: no written name matches it then. */
    private static Optional<List<String>> attributes(X509Certificate certificate) {
        Optional<X500Name> subject = subject(certificate);
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        List<String> result = new ArrayList<>();
        for (RDN rdn : subject.get().getRDNs()) {
            for (AttributeTypeAndValue ava : rdn.getTypesAndValues()) {
                result.add(key(ava.getType().getId(), text(ava.getValue())));
            }
        }
        return Optional.of(result);
    }

    private static Optional<X500Name> subject(X509Certificate certificate) {
        try {
            return Optional.of(
                    X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()));
        } catch (IllegalArgumentException unreadable) {
            // The JDK accepts subjects BouncyCastle refuses to read as a SEQUENCE of RDNs (found by fuzzing: such a
            // certificate made InvoiceVerifier throw instead of reporting the mismatch).
            return Optional.empty();
        }
    }

    private static String text(ASN1Encodable value) {
        try {
            return value instanceof ASN1String s ? s.getString() : value.toString();
        } catch (IllegalArgumentException undecodable) {
            // A forged certificate may carry a UTF8String that is not UTF-8 (found by fuzzing): compare its
            // RFC 4514 hex form, which no decodable written name equals.
            try {
                return "#" + Hex.toHexString(value.toASN1Primitive().getEncoded(ASN1Encoding.DER));
            } catch (IOException impossible) {
                throw new UncheckedIOException(impossible);
            }
        }
    }

    private static String key(String oid, String value) {
        return oid + "=" + value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Parses "K=V, K=V+K=V" with backslash escapes and quoted values; empty when it is not a name. */
    static Optional<List<String>> parse(String name) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\\' && i + 1 < name.length()) {
                current.append(c).append(name.charAt(++i));
            } else if (c == '"') {
                quoted = !quoted;
                current.append(c);
            } else if (!quoted && (c == ',' || c == ';' || c == '+')) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        for (String part : parts) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                return Optional.empty();
            }
            String keyword = part.substring(0, eq).strip().toUpperCase(Locale.ROOT);
            String oid = keyword.startsWith("OID.") ? keyword.substring(4) : KEYWORDS.get(keyword);
            if (oid == null && keyword.matches("[0-9]+(\\.[0-9]+)+")) {
                oid = keyword;
            }
            if (oid == null) {
                return Optional.empty();
            }
            result.add(key(oid, unescape(part.substring(eq + 1).strip())));
        }
        return Optional.of(result);
    }

    private static String unescape(String value) {
        String v = value;
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\\' && i + 1 < v.length()) {
                out.append(v.charAt(++i));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
