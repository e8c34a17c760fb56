package vn.counterdesk.app.config;

import java.util.Arrays;
import java.util.Map;
import vn.counterdesk.invoice.sign.PinSource;
import vn.counterdesk.invoice.sign.Pkcs11Config;
import vn.counterdesk.invoice.sign.Pkcs11Signer;
import vn.counterdesk.invoice.sign.Pkcs12Signer;
import vn.counterdesk.invoice.sign.Signer;
import vn.counterdesk.invoice.sign.SigningException;

/** Opens the configured seller key (the CLI's {@code invoice issue} and the counter share this). */
public final class SigningKeys {

    private SigningKeys() {}

    public static Signer open(SigningKey key, Map<String, String> environment) throws BadInput, SigningException {
        return switch (key) {
            case SigningKey.Pkcs12 p12 -> {
                char[] password = p12.password().read(environment);
                try {
                    yield Pkcs12Signer.open(p12.file(), PinSource.of(password), p12.alias());
                } finally {
                    Arrays.fill(password, '\0');
                }
            }
            case SigningKey.Pkcs11 p11 -> {
                var pinSource = p11.pin();
                yield Pkcs11Signer.open(
                        new Pkcs11Config(p11.library(), new Pkcs11Config.Slot.Index(p11.slotIndex()), p11.alias()),
                        () -> {
                            try {
                                return pinSource.read(environment);
                            } catch (BadInput e) {
                                throw new SigningException(e.getMessage());
                            }
                        });
            }
        };
    }
}
