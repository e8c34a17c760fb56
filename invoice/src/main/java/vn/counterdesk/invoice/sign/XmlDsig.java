package vn.counterdesk.invoice.sign;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;

/** Constants of the signature profile (spec §5). */
final class XmlDsig {

    static final String NS = XMLSignature.XMLNS;
    static final String SIGNATURE_PROPERTIES_TYPE = "http://www.w3.org/2000/09/xmldsig#SignatureProperties";

    /** Signing times are written in GMT+7 without an offset. */
    static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    static final DateTimeFormatter SIGNING_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    static final String C14N = CanonicalizationMethod.INCLUSIVE;

    static final Set<String> ALLOWED_CANONICALIZATIONS =
            Set.of(CanonicalizationMethod.INCLUSIVE, CanonicalizationMethod.INCLUSIVE_WITH_COMMENTS);

    static final Set<String> ALLOWED_SIGNATURE_METHODS =
            Set.of(SignatureMethod.RSA_SHA256, SignatureMethod.RSA_SHA384, SignatureMethod.RSA_SHA512);

    /** Transforms a reference may use; anything else (XPath, XSLT, Base64) can select other content. */
    static final Set<String> ALLOWED_TRANSFORMS = Set.of(
            Transform.ENVELOPED,
            CanonicalizationMethod.INCLUSIVE,
            CanonicalizationMethod.INCLUSIVE_WITH_COMMENTS,
            CanonicalizationMethod.EXCLUSIVE,
            CanonicalizationMethod.EXCLUSIVE_WITH_COMMENTS);

    private XmlDsig() {}
}
