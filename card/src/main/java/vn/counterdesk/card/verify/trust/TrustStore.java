package vn.counterdesk.card.verify.trust;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.System.Logger.Level;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.CertificateList;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.PEMParser;

/**
 * The CSCA trust store: built-in anchors (the public Vietnamese CSCA) plus certificates and CRLs
 * imported into a directory. Layout: {@code csca/<sha256>.der} and {@code crl/<sha256>.crl}.
 * Names are content hashes, so the folder is its own index; every file is written to a temporary
 * name and atomically renamed, so a process crash leaves either the whole file or nothing (stray
 * temporary files are deleted on open). Files are not forced one by one (a 600-certificate master
 * list would take tens of seconds); after a power loss a damaged file is skipped and logged on open,
 * and importing the list again restores it.
 */
public final class TrustStore {

    private static final System.Logger LOG = System.getLogger(TrustStore.class.getName());
    private static final String RESOURCES = "/vn/counterdesk/card/verify/";
    private static final List<String> BUILT_IN_ANCHORS = List.of("anchors/VN_CSCA_ePassport.der");
    private static final List<String> PINNED_ROOTS =
            List.of("masterlist-roots/DE_root_csca-germany.pem", "masterlist-roots/NL_root_CSCA-NL.pem");
    private static final String CSCA_DIR = "csca";
    private static final String CRL_DIR = "crl";
    private static final String TEMP_MARK = ".tmp-";

    private final Optional<Path> directory;
    private final Map<String, TrustAnchor> anchors = new LinkedHashMap<>();
    private final Map<String, X509CRLHolder> crls = new LinkedHashMap<>();

    private TrustStore(Optional<Path> directory) {
        this.directory = directory;
    }

    /** Opens (creating if needed) the store in {@code directory}, with the built-in anchors. */
    public static TrustStore open(Path directory) throws TrustStoreException {
        TrustStore store = new TrustStore(Optional.of(directory));
        store.addBuiltIns();
        store.load(directory);
        return store;
    }

    /** An in-memory store holding exactly {@code certificates} (no built-ins), e.g. for tests. */
    public static TrustStore of(List<X509CertificateHolder> certificates) {
        TrustStore store = new TrustStore(Optional.empty());
        certificates.forEach(certificate -> store.put(new TrustAnchor(certificate, false)));
        return store;
    }

    /** Only the built-in anchors, nothing persisted. */
    public static TrustStore builtIn() {
        TrustStore store = new TrustStore(Optional.empty());
        store.addBuiltIns();
        return store;
    }

    public synchronized List<TrustAnchor> anchors() {
        return anchors.values().stream()
                .sorted(Comparator.comparing(
                                (TrustAnchor anchor) -> anchor.country().orElse(""))
                        .thenComparing(TrustAnchor::subject))
                .toList();
    }

    public synchronized List<X509CRLHolder> crls() {
        return List.copyOf(crls.values());
    }

    /** The roots that may sign master lists (German and Dutch CSCAs), shipped with CounterDesk. */
    public static List<X509CertificateHolder> pinnedMasterListRoots() {
        List<X509CertificateHolder> roots = new ArrayList<>();
        for (String resource : PINNED_ROOTS) {
            try {
                roots.addAll(Decoded.of(readResource(resource)).certificates());
            } catch (TrustStoreException e) {
                throw new IllegalStateException("built-in resource " + resource + " is damaged", e);
            }
        }
        return List.copyOf(roots);
    }

    /**
     * Imports a PEM/DER certificate, a CRL or a CSCA master list. A master list is imported only if
     * its signature verifies and its signer chains to a pinned root or a CSCA already trusted,
     * unless {@code acceptUnverifiedMasterList}.
     */
    public synchronized ImportReport importBytes(byte[] content, boolean acceptUnverifiedMasterList)
            throws TrustStoreException {
        Optional<MasterList> masterList = MasterList.parse(content);
        if (masterList.isPresent()) {
            return importMasterList(masterList.get(), acceptUnverifiedMasterList);
        }
        Decoded decoded = Decoded.of(content);
        List<TrustAnchor> added = new ArrayList<>();
        int present = 0;
        for (X509CertificateHolder certificate : decoded.certificates()) {
            if (addCertificate(certificate).isPresent()) {
                added.add(anchors.get(TrustAnchor.sha256(TrustAnchor.encoded(certificate))));
            } else {
                present++;
            }
        }
        int crlsAdded = 0;
        for (X509CRLHolder crl : decoded.crls()) {
            if (addCrl(crl)) {
                crlsAdded++;
            }
        }
        ImportReport.Kind kind =
                decoded.certificates().isEmpty() ? ImportReport.Kind.CRL : ImportReport.Kind.CERTIFICATES;
        return new ImportReport(kind, decoded.certificates().size(), added, present, crlsAdded, Optional.empty(), true);
    }

    public ImportReport importFile(Path file, boolean acceptUnverifiedMasterList) throws TrustStoreException {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new TrustStoreException("cannot read " + file.getFileName(), e);
        }
        return importBytes(content, acceptUnverifiedMasterList);
    }

    private ImportReport importMasterList(MasterList list, boolean acceptUnverified) throws TrustStoreException {
        MasterListSignature signature = list.verify(
                pinnedMasterListRoots(),
                anchors.values().stream().map(TrustAnchor::certificate).toList());
        if (!signature.verified() && !acceptUnverified) {
            return new ImportReport(
                    ImportReport.Kind.MASTER_LIST,
                    list.certificates().size(),
                    List.of(),
                    0,
                    0,
                    Optional.of(signature),
                    false);
        }
        List<TrustAnchor> added = new ArrayList<>();
        int present = 0;
        for (X509CertificateHolder certificate : list.certificates()) {
            Optional<TrustAnchor> anchor = addCertificate(certificate);
            if (anchor.isPresent()) {
                added.add(anchor.get());
            } else {
                present++;
            }
        }
        return new ImportReport(
                ImportReport.Kind.MASTER_LIST,
                list.certificates().size(),
                added,
                present,
                0,
                Optional.of(signature),
                true);
    }

    /** Outcome of {@link #remove}. */
    public enum Removal {
        REMOVED,
        NOT_FOUND,
        AMBIGUOUS,
        BUILT_IN
    }

    /** Removes the imported certificate whose SHA-256 (hex) starts with {@code sha256Prefix}. */
    public synchronized Removal remove(String sha256Prefix) throws TrustStoreException {
        String prefix = sha256Prefix.toLowerCase(java.util.Locale.ROOT);
        List<TrustAnchor> matches = anchors.values().stream()
                .filter(anchor -> anchor.sha256().startsWith(prefix))
                .toList();
        if (matches.isEmpty() || prefix.isEmpty()) {
            return Removal.NOT_FOUND;
        }
        if (matches.size() > 1) {
            return Removal.AMBIGUOUS;
        }
        TrustAnchor anchor = matches.getFirst();
        if (anchor.builtIn()) {
            return Removal.BUILT_IN;
        }
        if (directory.isPresent()) {
            try {
                Files.deleteIfExists(directory.get().resolve(CSCA_DIR).resolve(anchor.sha256() + ".der"));
            } catch (IOException e) {
                throw new TrustStoreException("cannot remove certificate " + anchor.sha256(), e);
            }
        }
        anchors.remove(anchor.sha256());
        return Removal.REMOVED;
    }

    private Optional<TrustAnchor> addCertificate(X509CertificateHolder certificate) throws TrustStoreException {
        byte[] der = TrustAnchor.encoded(certificate);
        String sha256 = TrustAnchor.sha256(der);
        if (anchors.containsKey(sha256)) {
            return Optional.empty();
        }
        if (directory.isPresent()) {
            writeAtomically(directory.get().resolve(CSCA_DIR), sha256 + ".der", der);
        }
        TrustAnchor anchor = new TrustAnchor(certificate, false);
        anchors.put(sha256, anchor);
        return Optional.of(anchor);
    }

    private boolean addCrl(X509CRLHolder crl) throws TrustStoreException {
        byte[] der;
        try {
            der = crl.getEncoded();
        } catch (IOException e) {
            throw new TrustStoreException("cannot encode CRL", e);
        }
        String sha256 = TrustAnchor.sha256(der);
        if (crls.containsKey(sha256)) {
            return false;
        }
        if (directory.isPresent()) {
            writeAtomically(directory.get().resolve(CRL_DIR), sha256 + ".crl", der);
        }
        crls.put(sha256, crl);
        return true;
    }

    private void put(TrustAnchor anchor) {
        anchors.put(anchor.sha256(), anchor);
    }

    private void addBuiltIns() {
        for (String resource : BUILT_IN_ANCHORS) {
            try {
                Decoded.of(readResource(resource)).certificates().forEach(c -> put(new TrustAnchor(c, true)));
            } catch (TrustStoreException e) {
                throw new IllegalStateException("built-in resource " + resource + " is damaged", e);
            }
        }
    }

    private void load(Path root) throws TrustStoreException {
        try {
            Files.createDirectories(root.resolve(CSCA_DIR));
            Files.createDirectories(root.resolve(CRL_DIR));
            for (Path file : files(root.resolve(CSCA_DIR))) {
                for (X509CertificateHolder certificate : readStored(file).certificates()) {
                    if (!anchors.containsKey(TrustAnchor.sha256(TrustAnchor.encoded(certificate)))) {
                        put(new TrustAnchor(certificate, false));
                    }
                }
            }
            for (Path file : files(root.resolve(CRL_DIR))) {
                for (X509CRLHolder crl : readStored(file).crls()) {
                    crls.put(TrustAnchor.sha256(crl.getEncoded()), crl);
                }
            }
        } catch (IOException e) {
            throw new TrustStoreException("cannot read the trust store", e);
        }
    }

    /** A damaged stored file (e.g. after a power loss) is skipped, not fatal: the rest stays usable. */
    private static Decoded readStored(Path file) throws IOException {
        try {
            return Decoded.of(Files.readAllBytes(file));
        } catch (TrustStoreException e) {
            LOG.log(Level.WARNING, "skipping damaged trust-store file {0}", file.getFileName());
            return new Decoded(List.of(), List.of());
        }
    }

    /** Regular files of a store folder; removes leftovers of interrupted writes. */
    private static List<Path> files(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            for (Path file : stream) {
                if (file.getFileName().toString().contains(TEMP_MARK)) {
                    LOG.log(Level.INFO, "removing interrupted trust-store write {0}", file.getFileName());
                    Files.deleteIfExists(file);
                } else if (Files.isRegularFile(file)) {
                    files.add(file);
                }
            }
        }
        files.sort(Comparator.naturalOrder());
        return files;
    }

    private static void writeAtomically(Path folder, String name, byte[] content) throws TrustStoreException {
        Path temporary = folder.resolve(name + TEMP_MARK + UUID.randomUUID());
        try {
            Files.createDirectories(folder);
            try (FileChannel channel =
                    FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap(content));
            }
            try {
                Files.move(temporary, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // The leftover is removed on the next open.
            }
            throw new TrustStoreException("cannot write " + name + " to the trust store", e);
        }
    }

    private static byte[] readResource(String name) throws TrustStoreException {
        try (InputStream in = TrustStore.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new TrustStoreException("missing built-in resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new TrustStoreException("cannot read built-in resource " + name, e);
        }
    }

    /** Certificates and CRLs decoded from a PEM bundle or a single DER object. */
    record Decoded(List<X509CertificateHolder> certificates, List<X509CRLHolder> crls) {

        static Decoded of(byte[] content) throws TrustStoreException {
            String text = new String(content, StandardCharsets.US_ASCII);
            return text.contains("-----BEGIN ") ? pem(text) : der(content);
        }

        private static Decoded pem(String text) throws TrustStoreException {
            List<X509CertificateHolder> certificates = new ArrayList<>();
            List<X509CRLHolder> crls = new ArrayList<>();
            try (PEMParser parser = new PEMParser(new StringReader(text))) {
                for (Object object = parser.readObject(); object != null; object = parser.readObject()) {
                    switch (object) {
                        case X509CertificateHolder certificate -> certificates.add(certificate);
                        case X509CRLHolder crl -> crls.add(crl);
                        default -> {
                            // Keys and other PEM objects have no place in a trust store: ignore.
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                throw new TrustStoreException("not a valid PEM certificate or CRL", e);
            }
            if (certificates.isEmpty() && crls.isEmpty()) {
                throw new TrustStoreException("the PEM file holds no certificate or CRL");
            }
            return new Decoded(certificates, crls);
        }

        private static Decoded der(byte[] content) throws TrustStoreException {
            try {
                return new Decoded(List.of(new X509CertificateHolder(Certificate.getInstance(content))), List.of());
            } catch (RuntimeException notACertificate) {
                try {
                    return new Decoded(List.of(), List.of(new X509CRLHolder(CertificateList.getInstance(content))));
                } catch (RuntimeException notACrl) {
                    throw new TrustStoreException("not a certificate, CRL or CSCA master list (DER or PEM)");
                }
            }
        }
    }
}
