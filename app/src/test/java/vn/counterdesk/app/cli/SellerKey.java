package vn.counterdesk.app.cli;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A seller's PKCS#12 signing key made by the JDK's keytool, as a counter would receive one. */
public final class SellerKey {

    private SellerKey() {}

    public static void create(Path file, String password) throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(
                        keytool.toString(),
                        "-genkeypair",
                        "-alias",
                        "seller",
                        "-keyalg",
                        "RSA",
                        "-keysize",
                        "2048",
                        "-sigalg",
                        "SHA256withRSA",
                        "-validity",
                        "3650",
                        "-dname",
                        "CN=Cong ty TNHH Dich vu Quay Mot, O=0100000001, C=VN",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        file.toString(),
                        "-storepass",
                        password,
                        "-keypass",
                        password)
                .redirectErrorStream(true)
                .start();
        process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("keytool failed");
        }
    }
}
