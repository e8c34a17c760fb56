package vn.counterdesk.invoice.sign;

import java.security.cert.X509Certificate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The verdict on one signature of an invoice.
 *
 * @param role by the {@code DSCKS} slot the signature sits in
 * @param valid the signature value, every reference digest and every structural rule hold
 * @param signer the signing certificate's common name
 * @param signingTime the signed {@code SigningTime} (GMT+7), when the signature covers one
 * @param certificate the certificate that verified it, when one was found
 * @param failures why it is not valid (empty when valid)
 */
public record SignatureCheck(
        SignatureRole role,
        boolean valid,
        Optional<String> signer,
        Optional<LocalDateTime> signingTime,
        Optional<X509Certificate> certificate,
        List<String> failures) {

    public SignatureCheck {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(signingTime, "signingTime");
        Objects.requireNonNull(certificate, "certificate");
        failures = List.copyOf(failures);
        if (valid && !failures.isEmpty()) {
            throw new IllegalArgumentException("a valid signature has no failures");
        }
    }
}
