package vn.counterdesk.app.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.counterdesk.app.service.CardReadService;
import vn.counterdesk.app.service.CardSource;
import vn.counterdesk.app.service.CounterServices;
import vn.counterdesk.app.service.InvoiceIssuer;
import vn.counterdesk.app.service.SellerProfile;
import vn.counterdesk.app.service.SyncService;
import vn.counterdesk.card.verify.trust.TrustStore;
import vn.counterdesk.invoice.sign.PinSource;
import vn.counterdesk.invoice.sign.Pkcs12Signer;
import vn.counterdesk.invoice.sign.SigningException;
import vn.counterdesk.store.CounterStore;
import vn.counterdesk.store.StoreOpening;
import vn.counterdesk.store.StoreSettings;
import vn.counterdesk.store.crypto.PassphraseKeyProvider;
import vn.counterdesk.testkit.pki.TestPki;
import vn.counterdesk.testkit.upstream.FaultPlan;
import vn.counterdesk.testkit.upstream.TestTaxAuthority;
import vn.counterdesk.testkit.upstream.UpstreamSimulator;

/**
 * Everything demo mode needs, with no hardware, no network and no set-up: the in-process reader, a
 * demo seller and signing key made at first start, the store in the demo directory, the upstream
 * simulator on a loopback port and the sync engine pointed at it.
 */
public final class DemoEnvironment {

    /** Synthetic seller; the tax code is the simulator's sample seller. */
    public static final SellerProfile SELLER = new SellerProfile(
            "Cửa hàng Dùng Thử CounterDesk",
            "0100000001",
            "1 Phố Thử Nghiệm, Hoàn Kiếm, Hà Nội",
            "1",
            "TCD",
            "0100000000");

    private static final char[] DEMO_STORE_PASSPHRASE = "counterdesk-demo".toCharArray();

    private DemoEnvironment() {}

    /** Starts demo mode in {@code directory} (created when missing; kept between runs). */
    public static CounterServices start(Path directory, Clock clock)
            throws IOException, GeneralSecurityException, SigningException {
        DemoReader reader = new DemoReader();
        // The demo trusts the test CSCA that signed the virtual cards, so a good card reads GENUINE.
        TrustStore trust = TrustStore.of(List.of(TestPki.standard().csca()));
        return assemble(directory, clock, reader, trust, Optional.of(reader));
    }

    /**
     * The demo seller, key and upstream, but cards from a real reader: how the counter flow is tested
     * through pcscd with the virtual chip in a vpcd reader.
     */
    public static CounterServices withReader(Path directory, Clock clock, CardSource cards, TrustStore trust)
            throws IOException, GeneralSecurityException, SigningException {
        return assemble(directory, clock, cards, trust, Optional.empty());
    }

    private static CounterServices assemble(
            Path directory, Clock clock, CardSource cards, TrustStore trust, Optional<DemoReader> demoReader)
            throws IOException, GeneralSecurityException, SigningException {
        Files.createDirectories(directory);
        List<AutoCloseable> resources = new ArrayList<>();
        UpstreamSimulator simulator = UpstreamSimulator.start(0, TestTaxAuthority.shared(), FaultPlan.none());
        resources.add(simulator);
        Path keyFile = DemoSigningKey.ensure(directory.resolve("demo-seller.p12"), SELLER.name(), SELLER.taxCode());
        Pkcs12Signer signer =
                Pkcs12Signer.open(keyFile, PinSource.of(DemoSigningKey.PASSWORD), Optional.of(DemoSigningKey.ALIAS));
        resources.add(signer);
        // The store fixes each MTDiep at issue: its sender code is the one the sync envelopes carry (MNGui).
        StoreSettings defaults = StoreSettings.defaults();
        StoreSettings storeSettings = new StoreSettings(
                defaults.storePhotos(),
                SELLER.providerTaxCode(),
                defaults.cardReadRetention(),
                defaults.photoRetention(),
                defaults.invoiceRetentionYears(),
                defaults.connections());
        CounterStore store = switch (CounterStore.open(
                directory, new PassphraseKeyProvider(DEMO_STORE_PASSPHRASE), storeSettings)) {
            case StoreOpening.Opened opened -> opened.store();
            default -> throw new IOException("the demo database in " + directory + " cannot be opened; delete it");
        };
        SyncService sync = new SyncService(
                store,
                SELLER.taxCode(),
                simulator.endpoint(),
                List.of(simulator.taxAuthority().certificate()),
                SELLER.providerTaxCode(),
                "V0100000000",
                clock);
        InvoiceIssuer issuer = new InvoiceIssuer(store, SELLER, signer, directory.resolve("invoices"), clock);
        sync.start();
        return new CounterServices(
                new CardReadService(cards, trust, clock), issuer, sync, store, demoReader, directory, resources);
    }
}
