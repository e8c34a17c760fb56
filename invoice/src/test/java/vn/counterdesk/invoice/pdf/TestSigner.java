package vn.counterdesk.invoice.pdf;

import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.w3c.dom.Document;
import vn.counterdesk.invoice.sign.InvoiceSigner;
import vn.counterdesk.invoice.sign.SignatureRole;
import vn.counterdesk.invoice.sign.SigningCredential;
import vn.counterdesk.invoice.testing.TestPki;

/**
 * Signs test invoices with the invoice module's signer (1271 profile) using a test-PKI certificate
 * whose subject carries {@code UID=MST:<seller tax code>}, valid 2025–2035 so the fixed signing time
 * falls inside it.
 */
final class TestSigner {

    static final String SIGNER_CN = "CÔNG TY TNHH DỊCH VỤ HÀNH CHÍNH ÁNH DƯƠNG";

    /** 09:41:27 in Vietnam (GMT+7). */
    static final Clock SIGNING_CLOCK = Clock.fixed(Instant.parse("2025-07-15T02:41:27Z"), ZoneOffset.UTC);

    private static final SigningCredential CREDENTIAL = credential();

    private TestSigner() {}

    static byte[] sign(Document doc) throws Exception {
        return new InvoiceSigner(SIGNING_CLOCK).sign(SampleInvoice.serialise(doc), CREDENTIAL, SignatureRole.SELLER);
    }

    private static SigningCredential credential() {
        KeyPair keys = TestPki.rsaKeys();
        var certificate = TestPki.certificate(
                TestPki.sellerName(SIGNER_CN, SampleInvoice.SELLER_MST),
                keys.getPublic(),
                Instant.parse("2025-01-01T00:00:00Z"),
                Duration.ofDays(3650));
        return new SigningCredential(keys.getPrivate(), certificate, Optional.empty());
    }
}
