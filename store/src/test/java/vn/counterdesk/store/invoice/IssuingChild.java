package vn.counterdesk.store.invoice;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import vn.counterdesk.store.support.Samples;
import vn.counterdesk.store.support.TestStores;

/**
 * Child process of {@link CrashSafetyIT}: opens the store and issues invoices from several threads until the
 * series reaches the target, printing {@code ISSUED <number>} after each commit so the parent knows what was
 * durably committed before it kills this process.
 */
public final class IssuingChild {
    private IssuingChild() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long target = Long.parseLong(args[1]);
        int threads = Integer.parseInt(args[2]);
        var store = TestStores.openOrFail(file);
        System.out.println("READY");
        System.out.flush();
        var failures = new AtomicInteger();
        var workers = new ArrayList<Thread>();
        for (int t = 0; t < threads; t++) {
            workers.add(Thread.ofPlatform().start(() -> {
                var invoice = CrashSafetyIT.invoice();
                while (store.invoices().lastNumber(Samples.SERIES) < target) {
                    var outcome = store.invoices().issue(Samples.CLERK, invoice, CrashSafetyIT::expectedXml);
                    if (outcome instanceof IssueOutcome.Issued issued) {
                        synchronized (System.out) {
                            System.out.println("ISSUED " + issued.number().number());
                            System.out.flush();
                        }
                    } else {
                        failures.incrementAndGet();
                    }
                }
            }));
        }
        for (Thread worker : workers) {
            worker.join();
        }
        store.close();
        System.out.println("DONE");
        System.exit(failures.get() == 0 ? 0 : 3);
    }
}
