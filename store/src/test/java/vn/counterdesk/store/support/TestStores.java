package vn.counterdesk.store.support;

import java.nio.file.Path;
import java.time.Clock;
import vn.counterdesk.store.CounterStore;
import vn.counterdesk.store.StoreOpening;
import vn.counterdesk.store.StoreSettings;
import vn.counterdesk.store.crypto.Argon2Parameters;
import vn.counterdesk.store.crypto.PassphraseKeyProvider;
import vn.counterdesk.store.db.MigrationRunner;

/** Opens stores for tests with a cheap Argon2 setting (the product default costs ~0.3 s per open). */
public final class TestStores {
    public static final Argon2Parameters CHEAP = new Argon2Parameters(1024, 1, 1);
    public static final String PASSPHRASE = "correct horse battery staple";

    private TestStores() {}

    public static PassphraseKeyProvider keys(String passphrase) {
        return new PassphraseKeyProvider(passphrase.toCharArray(), CHEAP);
    }

    public static StoreOpening open(Path file, String passphrase, StoreSettings settings, Clock clock) {
        return CounterStore.open(
                file,
                keys(passphrase),
                settings,
                MigrationRunner.fromClasspath(MigrationRunner.DEFAULT_LOCATION),
                clock);
    }

    public static CounterStore openOrFail(Path file, StoreSettings settings, Clock clock) {
        if (open(file, PASSPHRASE, settings, clock) instanceof StoreOpening.Opened(CounterStore store)) {
            return store;
        }
        throw new AssertionError("store did not open");
    }

    public static CounterStore openOrFail(Path file) {
        return openOrFail(file, StoreSettings.defaults(), Clock.systemUTC());
    }
}
