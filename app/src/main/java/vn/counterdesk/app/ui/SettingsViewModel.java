package vn.counterdesk.app.ui;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.counterdesk.app.config.BadInput;
import vn.counterdesk.app.config.CounterSettings;
import vn.counterdesk.app.config.SecretSource;
import vn.counterdesk.app.config.SettingsFile;
import vn.counterdesk.app.config.SigningKey;
import vn.counterdesk.app.config.StoreAccess;
import vn.counterdesk.app.session.ConfiguredHost;
import vn.counterdesk.app.task.BackgroundTask;
import vn.counterdesk.app.task.TaskExecutor;
import vn.counterdesk.card.verify.trust.ImportReport;
import vn.counterdesk.card.verify.trust.TrustStore;
import vn.counterdesk.pcsc.PcscReaders;
import vn.counterdesk.pcsc.ReaderSnapshot;

/**
 * The settings screen's state: what settings.json holds, as text the admin edits. Saving validates (the message
 * names the field), writes typed secrets to their own files and settings.json through {@link SettingsFile}, then
 * hands the new settings to the shell, which applies them. Secrets are never shown: an empty secret field keeps
 * the stored one.
 */
final class SettingsViewModel {

    static final String PKCS12 = "pkcs12";
    static final String PKCS11 = "pkcs11";

    final StringProperty sellerName = new SimpleStringProperty("");
    final StringProperty taxCode = new SimpleStringProperty("");
    final StringProperty address = new SimpleStringProperty("");
    final StringProperty phone = new SimpleStringProperty("");
    final StringProperty email = new SimpleStringProperty("");
    final StringProperty form = new SimpleStringProperty("1");
    final StringProperty symbol = new SimpleStringProperty("");
    final StringProperty keyType = new SimpleStringProperty(PKCS12);
    final StringProperty keyFile = new SimpleStringProperty("");
    final StringProperty keyPassword = new SimpleStringProperty("");
    final StringProperty tokenLibrary = new SimpleStringProperty("");
    final StringProperty tokenSlot = new SimpleStringProperty("0");
    final StringProperty tokenPin = new SimpleStringProperty("");
    final StringProperty endpoint = new SimpleStringProperty("");
    final StringProperty taxAuthorityFile = new SimpleStringProperty("");
    final StringProperty upstreamToken = new SimpleStringProperty("");
    final StringProperty reader = new SimpleStringProperty("");
    final StringProperty language = new SimpleStringProperty("vi");
    final StringProperty idleMinutes = new SimpleStringProperty("5");
    final StringProperty cardReadDays = new SimpleStringProperty("90");
    final BooleanProperty storePhotos = new SimpleBooleanProperty();
    final StringProperty trustImportFile = new SimpleStringProperty("");
    final ObservableList<String> readers = FXCollections.observableArrayList();
    final ObservableList<String> trustAnchors = FXCollections.observableArrayList();
    final ObjectProperty<Optional<SessionViewModel.Message>> message = new SimpleObjectProperty<>(Optional.empty());
    /** The settings field the last refusal named ({@code seller.taxCode} …), empty when none. */
    final StringProperty invalidField = new SimpleStringProperty("");

    final BooleanProperty busy = new SimpleBooleanProperty();

    private final Path dataDirectory;
    private final TaskExecutor executor;
    private Optional<CounterSettings> loaded = Optional.empty();

    SettingsViewModel(Path dataDirectory, TaskExecutor executor) {
        this.dataDirectory = dataDirectory;
        this.executor = executor;
    }

    /** Reads settings.json, the readers and the trust store (all off the FX thread). */
    void load() {
        busy.set(true);
        executor.execute(BackgroundTask.of(p -> new Loaded(
                        Files.isRegularFile(dataDirectory.resolve(CounterSettings.FILE_NAME))
                                ? Optional.of(CounterSettings.load(dataDirectory))
                                : Optional.<CounterSettings>empty(),
                        readerNames(),
                        anchors(trustStore())))
                .onSuccess(result -> {
                    busy.set(false);
                    result.settings().ifPresent(this::show);
                    readers.setAll(result.readers());
                    trustAnchors.setAll(result.anchors());
                })
                .onFailure(error -> {
                    busy.set(false);
                    refused(error);
                }));
    }

    private record Loaded(Optional<CounterSettings> settings, List<String> readers, List<String> anchors) {}

    private void show(CounterSettings settings) {
        loaded = Optional.of(settings);
        var seller = settings.seller();
        sellerName.set(seller.name());
        taxCode.set(seller.taxCode());
        address.set(seller.address());
        phone.set(seller.phone().orElse(""));
        email.set(seller.email().orElse(""));
        form.set(settings.invoice().form());
        symbol.set(settings.invoice().symbol());
        settings.signing().ifPresent(key -> {
            switch (key) {
                case SigningKey.Pkcs12 p12 -> {
                    keyType.set(PKCS12);
                    keyFile.set(p12.file().toString());
                }
                case SigningKey.Pkcs11 p11 -> {
                    keyType.set(PKCS11);
                    tokenLibrary.set(p11.library().toString());
                    tokenSlot.set(Integer.toString(p11.slotIndex()));
                }
            }
        });
        settings.upstream().ifPresent(upstream -> {
            endpoint.set(upstream.endpoint().toString());
            taxAuthorityFile.set(upstream.taxAuthorityCertificates().toString());
        });
        reader.set(settings.counter().reader().orElse(""));
        language.set(settings.counter().language());
        idleMinutes.set(Integer.toString(settings.counter().idleLockMinutes()));
        cardReadDays.set(Integer.toString(settings.retention().cardReadDays()));
        storePhotos.set(settings.retention().storePhotos());
    }

    /** Validates and writes; {@code saved} runs on the FX thread with what was written. */
    void save(Consumer<CounterSettings> saved) {
        Typed typed = new Typed(
                keyPassword.get().toCharArray(),
                tokenPin.get().toCharArray(),
                upstreamToken.get().toCharArray());
        busy.set(true);
        executor.execute(BackgroundTask.of(p -> {
                    try {
                        CounterSettings settings = build(typed).validated();
                        // Only a valid whole is written: secrets first, then the file that names them.
                        writeSecret(typed.keyPassword(), "signing.password");
                        writeSecret(typed.tokenPin(), "signing.pin");
                        writeSecret(typed.upstreamToken(), "upstream.token");
                        SettingsFile.save(dataDirectory, settings);
                        return settings;
                    } finally {
                        typed.clear();
                    }
                })
                .onSuccess(settings -> {
                    busy.set(false);
                    keyPassword.set("");
                    tokenPin.set("");
                    upstreamToken.set("");
                    loaded = Optional.of(settings);
                    invalidField.set("");
                    message.set(Optional.of(new SessionViewModel.Message("settings.saved")));
                    saved.accept(settings);
                })
                .onFailure(error -> {
                    busy.set(false);
                    refused(error);
                }));
    }

    /** Imports a CSCA certificate or a master list into {@code trust/} and shows the new list. */
    void importTrust() {
        Path file = Path.of(trustImportFile.get().strip());
        busy.set(true);
        executor.execute(BackgroundTask.of(p -> {
                    TrustStore store = trustStore();
                    ImportReport report = store.importFile(file, false);
                    return new Object[] {report, anchors(store)};
                })
                .onSuccess(result -> {
                    busy.set(false);
                    ImportReport report = (ImportReport) result[0];
                    @SuppressWarnings("unchecked")
                    List<String> list = (List<String>) result[1];
                    trustAnchors.setAll(list);
                    message.set(Optional.of(
                            report.imported()
                                    ? new SessionViewModel.Message(
                                            "settings.trust.imported",
                                            report.added().size(),
                                            report.alreadyPresent())
                                    : new SessionViewModel.Message("settings.trust.refused")));
                })
                .onFailure(error -> {
                    busy.set(false);
                    message.set(Optional.of(new SessionViewModel.Message("settings.trust.unreadable")));
                }));
    }

    private void refused(Exception error) {
        if (error instanceof BadInput bad) {
            invalidField.set(bad.field());
            message.set(Optional.of(new SessionViewModel.Message("settings.invalid", bad.getMessage())));
        } else {
            invalidField.set("");
            message.set(Optional.of(new SessionViewModel.Message("settings.failed")));
        }
    }

    /** The secrets typed in this save; zeroed once written. */
    private record Typed(char[] keyPassword, char[] tokenPin, char[] upstreamToken) {
        void clear() {
            java.util.Arrays.fill(keyPassword, '\0');
            java.util.Arrays.fill(tokenPin, '\0');
            java.util.Arrays.fill(upstreamToken, '\0');
        }
    }

    private void writeSecret(char[] typed, String name) throws IOException {
        if (typed.length > 0) {
            SettingsFile.storeSecret(dataDirectory, name, name, typed.clone());
        }
    }

    /** Where a secret typed now will be kept (written only once the settings are valid). */
    private SecretSource typedSecret(String name) {
        return new SecretSource.FromFile(
                name, dataDirectory.resolve(SettingsFile.SECRETS).resolve(name));
    }

    private CounterSettings build(Typed typed) throws BadInput, IOException {
        var previous = loaded;
        SecretSource passphrase = previous.isPresent()
                ? previous.get().storePassphrase()
                : StoreAccess.firstStartPassphrase(dataDirectory);
        return new CounterSettings(
                new CounterSettings.SellerProfile(
                        sellerName.get().strip(),
                        taxCode.get().strip(),
                        address.get().strip(),
                        optional(phone),
                        optional(email)),
                new CounterSettings.InvoiceProfile(
                        form.get().strip(),
                        symbol.get().strip().toUpperCase(java.util.Locale.ROOT),
                        previous.map(s -> s.invoice().name()).orElse("Hóa đơn giá trị gia tăng"),
                        previous.map(s -> s.invoice().paymentMethod()).orElse("TM/CK")),
                Optional.of(signingKey(typed, previous.flatMap(CounterSettings::signing))),
                passphrase,
                previous.map(CounterSettings::sync)
                        .orElse(new CounterSettings.SyncParties("0100000000", "V0100000000")),
                new CounterSettings.CounterPreferences(
                        language.get(), number(idleMinutes, "counter.idleLockMinutes"), optional(reader)),
                new CounterSettings.Retention(number(cardReadDays, "retention.cardReadDays"), storePhotos.get()),
                upstream(typed, previous.flatMap(CounterSettings::upstream)));
    }

    private SigningKey signingKey(Typed typed, Optional<SigningKey> previous) throws BadInput, IOException {
        if (PKCS11.equals(keyType.get())) {
            Path library = path(tokenLibrary, "signing.library");
            SecretSource pin = typed.tokenPin().length > 0
                    ? typedSecret("signing.pin")
                    : previous.filter(SigningKey.Pkcs11.class::isInstance)
                            .map(k -> ((SigningKey.Pkcs11) k).pin())
                            .orElseThrow(() -> new BadInput("signing.pin", "missing"));
            return new SigningKey.Pkcs11(library, number(tokenSlot, "signing.slot"), pin, Optional.empty());
        }
        Path file = path(keyFile, "signing.file");
        if (!Files.isRegularFile(file)) {
            throw new BadInput("signing.file", "no such file");
        }
        SecretSource password = typed.keyPassword().length > 0
                ? typedSecret("signing.password")
                : previous.filter(SigningKey.Pkcs12.class::isInstance)
                        .map(k -> ((SigningKey.Pkcs12) k).password())
                        .orElseThrow(() -> new BadInput("signing.password", "missing"));
        return new SigningKey.Pkcs12(file, password, Optional.empty());
    }

    private Optional<CounterSettings.Upstream> upstream(Typed typed, Optional<CounterSettings.Upstream> previous)
            throws BadInput, IOException {
        if (endpoint.get().isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(endpoint.get().strip());
        } catch (URISyntaxException e) {
            throw new BadInput("upstream.endpoint", "not a URL");
        }
        Optional<SecretSource> token = typed.upstreamToken().length > 0
                ? Optional.of(typedSecret("upstream.token"))
                : previous.flatMap(CounterSettings.Upstream::token);
        return Optional.of(
                new CounterSettings.Upstream(uri, path(taxAuthorityFile, "upstream.taxAuthorityCertificates"), token));
    }

    private Path path(StringProperty text, String field) throws BadInput {
        if (text.get().isBlank()) {
            throw new BadInput(field, "missing");
        }
        return dataDirectory.resolve(text.get().strip());
    }

    private static int number(StringProperty text, String field) throws BadInput {
        try {
            return Integer.parseInt(text.get().strip());
        } catch (NumberFormatException e) {
            throw new BadInput(field, "must be a whole number");
        }
    }

    private static Optional<String> optional(StringProperty text) {
        return text.get() == null || text.get().isBlank()
                ? Optional.empty()
                : Optional.of(text.get().strip());
    }

    private TrustStore trustStore() throws vn.counterdesk.card.verify.trust.TrustStoreException {
        return TrustStore.open(dataDirectory.resolve(ConfiguredHost.TRUST_DIRECTORY));
    }

    private static List<String> anchors(TrustStore store) {
        return store.anchors().stream()
                .map(anchor -> anchor.subject() + (anchor.builtIn() ? " (built-in)" : "") + " — "
                        + anchor.sha256().substring(0, 16))
                .toList();
    }

    private static List<String> readerNames() {
        return PcscReaders.snapshot() instanceof ReaderSnapshot.Available available
                ? available.readers().stream()
                        .map(ReaderSnapshot.ReaderInfo::name)
                        .toList()
                : List.of();
    }
}
