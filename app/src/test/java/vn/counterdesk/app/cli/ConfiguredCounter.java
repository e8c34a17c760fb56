package vn.counterdesk.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A counter's data directory set up as {@code docs/cli.md} describes it: the documented {@code settings.json}, the
 * store passphrase file, and a keytool-made PKCS#12 seller key with its password file.
 */
final class ConfiguredCounter {

    private ConfiguredCounter() {}

    static Path create(Path dataDir) throws Exception {
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve("settings.json"), DocExamples.get("settings.json"));
        Files.writeString(dataDir.resolve("store.pass"), "a long store passphrase\n");
        Files.writeString(dataDir.resolve("seller.p12.pass"), "seller-secret\n");
        SellerKey.create(dataDir.resolve("seller.p12"), "seller-secret");
        return dataDir;
    }
}
