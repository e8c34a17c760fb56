package vn.counterdesk.app.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.counterdesk.app.config.BadInput;
import vn.counterdesk.app.config.CounterSettings;
import vn.counterdesk.app.config.SigningKeys;
import vn.counterdesk.app.config.StoreAccess;
import vn.counterdesk.app.service.CardReadService;
import vn.counterdesk.app.service.CounterServices;
import vn.counterdesk.app.service.InvoiceIssuer;
import vn.counterdesk.app.service.PcscCardSource;
import vn.counterdesk.app.service.SellerProfile;
import vn.counterdesk.app.service.SyncService;
import vn.counterdesk.card.verify.trust.TrustStore;
import vn.counterdesk.card.verify.trust.TrustStoreException;
import vn.counterdesk.invoice.sign.Signer;
import vn.counterdesk.invoice.sign.SigningException;
import vn.counterdesk.store.CounterStore;
import vn.counterdesk.store.StoreSettings;
import vn.counterdesk.store.clerk.ClerkRepository;
import vn.counterdesk.sync.connector.Credentials;
import vn.counterdesk.sync.connector.HttpConnectorConfig;
import vn.counterdesk.sync.connector.TrustMaterial;

/**
 * The real counter on a data directory: the store as settings.json says (or, at first start, with a generated
 * passphrase in {@code secrets/store.pass}), cards from the chosen PC/SC reader, the trust store in
 * {@code trust/}, the configured seller key and the T-VAN from the settings.
 */
public final class ConfiguredHost implements CounterHost {

    /** Where the CSCA trust store lives in the data directory (as the CLI's {@code trust} command uses it). */
    public static final String TRUST_DIRECTORY = "trust";

    private final Path dataDirectory;
    private final Map<String, String> environment;
    private final Clock clock;
    private CounterStore store;
    private Optional<CounterServices> services = Optional.empty();

    private ConfiguredHost(Path dataDirectory, Map<String, String> environment, Clock clock, CounterStore store) {
        this.dataDirectory = dataDirectory;
        this.environment = environment;
        this.clock = clock;
        this.store = store;
    }

    /** Opens the store; a refusal (wrong passphrase, damaged settings) names the field to fix. Blocking. */
    public static ConfiguredHost open(Path dataDirectory, Map<String, String> environment, Clock clock)
            throws BadInput {
        return new ConfiguredHost(dataDirectory, environment, clock, openStore(dataDirectory, environment));
    }

    private static CounterStore openStore(Path dataDirectory, Map<String, String> environment) throws BadInput {
        if (Files.isRegularFile(dataDirectory.resolve(CounterSettings.FILE_NAME))) {
            return StoreAccess.open(dataDirectory, CounterSettings.load(dataDirectory), environment);
        }
        return StoreAccess.open(
                dataDirectory,
                StoreAccess.firstStartPassphrase(dataDirectory),
                StoreSettings.defaults().withStorePhotos(false),
                environment);
    }

    @Override
    public synchronized ClerkRepository clerks() {
        return store.clerks();
    }

    @Override
    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public boolean demo() {
        return false;
    }

    @Override
    public synchronized ServicesOutcome services() {
        if (services.isPresent()) {
            return new ServicesOutcome.Ready(services.get());
        }
        try {
            CounterSettings settings = CounterSettings.load(dataDirectory);
            CounterServices built = build(settings);
            services = Optional.of(built);
            return new ServicesOutcome.Ready(built);
        } catch (BadInput e) {
            return new ServicesOutcome.NotConfigured(e.field(), e.getMessage());
        }
    }

    @Override
    public synchronized void settingsChanged() {
        // The services own the store: closing them closes it, so it is opened again with the new settings.
        services.ifPresentOrElse(CounterServices::close, store::close);
        services = Optional.empty();
        try {
            store = openStore(dataDirectory, environment);
        } catch (BadInput e) {
            throw new IllegalStateException("the store cannot be reopened: " + e.field(), e);
        }
    }

    private CounterServices build(CounterSettings settings) throws BadInput {
        settings.validated();
        var upstream = settings.upstream()
                .orElseThrow(() -> new BadInput("upstream.endpoint", "no T-VAN endpoint configured"));
        List<AutoCloseable> resources = new ArrayList<>();
        try {
            Signer signer = SigningKeys.open(settings.requireSigning(), environment);
            resources.add(signer);
            TrustStore trust = TrustStore.open(dataDirectory.resolve(TRUST_DIRECTORY));
            HttpConnectorConfig connector = HttpConnectorConfig.of(upstream.endpoint());
            if (upstream.token().isPresent()) {
                char[] token = upstream.token().get().read(environment);
                connector = connector.withCredentials(new Credentials.Bearer(new String(token)));
                java.util.Arrays.fill(token, '\0');
            }
            SyncService sync;
            try {
                sync = new SyncService(
                        store,
                        settings.seller().taxCode(),
                        connector,
                        TrustMaterial.readCertificates(upstream.taxAuthorityCertificates()),
                        settings.sync().sender(),
                        settings.sync().receiver(),
                        clock);
            } catch (IOException | RuntimeException e) {
                throw new BadInput("upstream.taxAuthorityCertificates", "cannot be read as X.509 certificates");
            }
            var seller = settings.seller();
            SellerProfile profile = new SellerProfile(
                    seller.name(),
                    seller.taxCode(),
                    seller.address(),
                    settings.invoice().form(),
                    settings.invoice().symbol().substring(3),
                    settings.sync().sender());
            InvoiceIssuer issuer = new InvoiceIssuer(store, profile, signer, dataDirectory.resolve("invoices"), clock);
            sync.start();
            return new CounterServices(
                    new CardReadService(new PcscCardSource(settings.counter().reader()), trust, clock),
                    issuer,
                    sync,
                    store,
                    Optional.empty(),
                    dataDirectory,
                    resources);
        } catch (SigningException e) {
            closeAll(resources);
            throw new BadInput("signing", "the key cannot be opened (" + e.getMessage() + ")");
        } catch (TrustStoreException e) {
            closeAll(resources);
            throw new BadInput(TRUST_DIRECTORY, "the trust store cannot be read");
        } catch (BadInput e) {
            closeAll(resources);
            throw e;
        }
    }

    private static void closeAll(List<AutoCloseable> resources) {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception ignored) {
                // Already failing; the first problem is the one reported.
            }
        }
    }

    @Override
    public synchronized void close() {
        services.ifPresentOrElse(CounterServices::close, store::close);
    }
}
