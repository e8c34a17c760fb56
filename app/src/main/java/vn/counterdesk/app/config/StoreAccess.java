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

    public static CounterStore open(Path dataDirectory, CounterSettings settings, Map<String, String> environment)
            throws BadInput {
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new BadInput("--data-dir", "cannot create " + dataDirectory);
        }
        char[] passphrase = settings.storePassphrase().read(environment);
        StoreOpening opening;
        try {
            // MTDiep = MNGui + 32 hex digits: the store fixes it at issue, so it must carry the sync sender code.
            var storeSettings = StoreSettings.defaults();
            storeSettings = new StoreSettings(
                    storeSettings.storePhotos(),
                    settings.sync().sender(),
                    storeSettings.cardReadRetention(),
                    storeSettings.photoRetention(),
                    storeSettings.invoiceRetentionYears(),
                    2);
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
