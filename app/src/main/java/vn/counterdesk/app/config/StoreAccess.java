package vn.counterdesk.app.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import vn.counterdesk.store.CounterStore;
import vn.counterdesk.store.StoreOpening;
import vn.counterdesk.store.StoreSettings;
import vn.counterdesk.store.crypto.PassphraseKeyProvider;

/** Opens the counter's database as the settings say; a refusal is bad input naming the settings field. */
public final class StoreAccess {

    private StoreAccess() {}

    /** Where a counter without settings.json keeps the database passphrase it generated at first start. */
    public static final String DEFAULT_PASSPHRASE_FILE = "store.pass";

    /**
     * The passphrase source before any settings exist: {@code secrets/store.pass}, created with 32 random bytes on
     * first use. The first settings saved name this file as {@code store.passphrase}.
     */
    public static SecretSource firstStartPassphrase(Path dataDirectory) throws BadInput {
        Path file = dataDirectory.resolve(SettingsFile.SECRETS).resolve(DEFAULT_PASSPHRASE_FILE);
        if (Files.isRegularFile(file)) {
            return new SecretSource.FromFile("store.passphrase", file);
        }
        byte[] random = new byte[32];
        new java.security.SecureRandom().nextBytes(random);
        char[] passphrase = java.util.HexFormat.of().formatHex(random).toCharArray();
        Arrays.fill(random, (byte) 0);
        try {
            return SettingsFile.storeSecret(dataDirectory, "store.passphrase", DEFAULT_PASSPHRASE_FILE, passphrase);
        } catch (IOException e) {
            throw new BadInput("store.passphrase", "cannot write " + file);
        }
    }

    public static CounterStore open(Path dataDirectory, CounterSettings settings, Map<String, String> environment)
            throws BadInput {
        var defaults = StoreSettings.defaults();
        // MTDiep = MNGui + 32 hex digits: the store fixes it at issue, so it must carry the sync sender code.
        return open(
                dataDirectory,
                settings.storePassphrase(),
                new StoreSettings(
                        settings.retention().storePhotos(),
                        settings.sync().sender(),
                        java.time.Duration.ofDays(settings.retention().cardReadDays()),
                        defaults.photoRetention(),
                        defaults.invoiceRetentionYears(),
                        2),
                environment);
    }

    public static CounterStore open(
            Path dataDirectory,
            SecretSource passphraseSource,
            StoreSettings storeSettings,
            Map<String, String> environment)
            throws BadInput {
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new BadInput("--data-dir", "cannot create " + dataDirectory);
        }
        char[] passphrase = passphraseSource.read(environment);
        StoreOpening opening;
        try {
            opening = CounterStore.open(dataDirectory, new PassphraseKeyProvider(passphrase), storeSettings);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
        return switch (opening) {
            case StoreOpening.Opened(CounterStore store) -> store;
            case StoreOpening.WrongKey wrong ->
                throw new BadInput("store.passphrase", "does not unlock " + CounterStore.FILE_NAME);
            case StoreOpening.SchemaTooNew tooNew ->
                throw new BadInput(
                        CounterStore.FILE_NAME,
                        "written by a newer CounterDesk (schema " + tooNew.databaseVersion() + ")");
            case StoreOpening.SchemaTampered tampered ->
                throw new BadInput(CounterStore.FILE_NAME, "schema migration " + tampered.name() + " was altered");
        };
    }
}
