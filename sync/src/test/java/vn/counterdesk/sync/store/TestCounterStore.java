package vn.counterdesk.sync.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import vn.counterdesk.store.CounterStore;
import vn.counterdesk.store.StoreOpening;
import vn.counterdesk.store.StoreSettings;
import vn.counterdesk.store.audit.AccessContext;
import vn.counterdesk.store.crypto.Argon2Parameters;
import vn.counterdesk.store.crypto.PassphraseKeyProvider;
import vn.counterdesk.store.db.MigrationRunner;
import vn.counterdesk.store.invoice.Buyer;
import vn.counterdesk.store.invoice.InvoiceSeries;
import vn.counterdesk.store.invoice.InvoiceToIssue;
import vn.counterdesk.store.invoice.IssueOutcome;
import vn.counterdesk.store.invoice.Totals;
import vn.counterdesk.sync.engine.EngineFixture;
import vn.counterdesk.sync.tdiep.Envelopes;
import vn.counterdesk.sync.tdiep.PartyCode;
import vn.counterdesk.testkit.upstream.SampleInvoices;

/** The real store for sync tests and the crash-restart client: cheap key derivation, the sample seller. */
public final class TestCounterStore {

    private static final AccessContext CLERK = new AccessContext("clerk-1", "issue");
    private static final InvoiceSeries SERIES =
            new InvoiceSeries(SampleInvoices.SELLER_TAX_CODE, "1", "C26TAA", EngineFixture.ISSUE_DATE.getYear());

    private TestCounterStore() {}

    public static CounterStore open(Path dataDirectory) {
        return open(dataDirectory, SampleInvoices.PROVIDER_TAX_CODE);
    }

    /** A store that fixes MTDiep with {@code messageSenderCode} in front. */
    public static CounterStore open(Path dataDirectory, String messageSenderCode) {
        var settings = new StoreSettings(false, messageSenderCode, Duration.ofDays(90), Duration.ofDays(30), 10, 4);
        var opening = CounterStore.open(
                dataDirectory.resolve(CounterStore.FILE_NAME),
                new PassphraseKeyProvider("test passphrase".toCharArray(), new Argon2Parameters(1024, 1, 1)),
                settings,
                MigrationRunner.fromClasspath(MigrationRunner.DEFAULT_LOCATION),
                Clock.systemUTC());
        if (opening instanceof StoreOpening.Opened(CounterStore store)) {
            return store;
        }
        throw new IllegalStateException("test store did not open: " + opening);
    }

    public static StoreSyncQueue queue(CounterStore store) {
        return new StoreSyncQueue(
                store,
                new Envelopes(new PartyCode(SampleInvoices.PROVIDER_TAX_CODE), new PartyCode("V0100000000")),
                SampleInvoices.SELLER_TAX_CODE);
    }

    /** Issues {@code count} sample invoices in one transaction; those whose number {@code wrong} picks have a wrong total. */
    public static List<Long> issue(CounterStore store, int count, IntPredicate wrong) {
        var orders = new ArrayList<InvoiceToIssue>(count);
        for (int n = 0; n < count; n++) {
            orders.add(new InvoiceToIssue(SERIES, EngineFixture.ISSUE_DATE, Buyer.none(), Totals.vnd(100_000, 8_000)));
        }
        var ids = new ArrayList<Long>(count);
        for (IssueOutcome outcome : store.invoices().issueAll(CLERK, orders, number -> {
            int n = (int) number.number();
            return wrong.test(n)
                    ? SampleInvoices.withWrongTotal(n, EngineFixture.ISSUE_DATE)
                    : SampleInvoices.valid(n, EngineFixture.ISSUE_DATE);
        })) {
            ids.add(((IssueOutcome.Issued) outcome).invoiceId());
        }
        return ids;
    }
}
