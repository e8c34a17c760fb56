package vn.counterdesk.store.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.counterdesk.store.audit.AccessContext;
import vn.counterdesk.store.audit.ChainVerification;
import vn.counterdesk.store.support.Samples;
import vn.counterdesk.store.support.TestStores;

/**
 * Kills issuing processes with SIGKILL at random points and checks after every restart that numbering is
 * gap-free and unique, that every invoice the child reported as committed survived, and that every stored
 * invoice is intact (its signed XML authenticates and matches its number) and waiting in the outbox.
 */
class CrashSafetyIT {
    private static final System.Logger LOG = System.getLogger(CrashSafetyIT.class.getName());
    private static final AccessContext VERIFIER = new AccessContext("crash-test", "verify durability");
    private static final int ROUNDS = 20;
    private static final int INVOICES_PER_ROUND = 1_000;
    private static final int THREADS = 4;

    @TempDir
    Path dir;

    static InvoiceToIssue invoice() {
        return Samples.invoiceFor(Samples.person("001090012345", "Nguyễn Văn An", "Số 1 Tràng Tiền, Hà Nội"));
    }

    /** What the signer returns for a number; the verifier recomputes it to prove the stored XML intact. */
    static byte[] expectedXml(AllocatedNumber number) {
        return Samples.xml(number, invoice().buyer());
    }

    @Test
    void killNineAtRandomPointsNeverLosesSkipsOrReusesANumber() throws Exception {
        Path file = dir.resolve("crash.db");
        var random = new Random(Long.getLong("crash.seed", System.nanoTime()));
        long reportedCommitted = 0;
        int killedWhileIssuing = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long target = verifiedCount(file) + INVOICES_PER_ROUND;
            var child = start(file, target, THREADS);
            var highest = new AtomicLong();
            boolean timeKill = round % 4 == 3; // some kills land in JVM start-up, store opening or migration
            int killAfter = 1 + random.nextInt(INVOICES_PER_ROUND - 1);
            var reader = readOutput(child, highest, timeKill ? Integer.MAX_VALUE : killAfter, child::destroyForcibly);
            if (timeKill) {
                Thread.sleep(random.nextInt(1_500));
                child.destroyForcibly();
            }
            assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("child ended").isTrue();
            reader.join();
            if (child.exitValue() != 0) {
                killedWhileIssuing += highest.get() > 0 ? 1 : 0;
            }
            reportedCommitted = Math.max(reportedCommitted, highest.get());
            long count = verifiedCount(file);
            assertThat(count)
                    .as("every commit reported before the kill survived")
                    .isGreaterThanOrEqualTo(reportedCommitted);
            LOG.log(System.Logger.Level.INFO, "round {0}: exit {1}, {2} invoices", round, child.exitValue(), count);
        }
        assertThat(killedWhileIssuing)
                .as("kills that hit a child in the middle of issuing")
                .isGreaterThanOrEqualTo(ROUNDS / 2);

        // A last, uninterrupted run completes its 1,000 invoices on top of whatever the crashes left.
        long before = verifiedCount(file);
        var child = start(file, before + INVOICES_PER_ROUND, THREADS);
        var reader = readOutput(child, new AtomicLong(), Integer.MAX_VALUE, () -> {});
        assertThat(child.waitFor(300, TimeUnit.SECONDS)).isTrue();
        reader.join();
        assertThat(child.exitValue()).isZero();
        assertThat(verifiedCount(file)).isBetween(before + INVOICES_PER_ROUND, before + INVOICES_PER_ROUND + THREADS);
    }

    @Test
    void twoProcessesIssuingAtOnceShareOneGapFreeSeries() throws Exception {
        Path file = dir.resolve("shared.db");
        TestStores.openOrFail(file).close(); // create keys once; the children race on everything else
        var first = start(file, 400, 2);
        var second = start(file, 400, 2);
        var firstReader = readOutput(first, new AtomicLong(), Integer.MAX_VALUE, () -> {});
        var secondReader = readOutput(second, new AtomicLong(), Integer.MAX_VALUE, () -> {});
        assertThat(first.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(second.waitFor(300, TimeUnit.SECONDS)).isTrue();
        firstReader.join();
        secondReader.join();
        assertThat(first.exitValue()).isZero();
        assertThat(second.exitValue()).isZero();
        assertThat(verifiedCount(file)).isBetween(400L, 404L);
    }

    /**
     * Checks the invariants and returns the number of stored invoices: numbers are exactly 1..n, the counter is
     * n, every invoice's XML decrypts and equals what the signer produced for its number, and every invoice is
     * in the outbox.
     */
    private static long verifiedCount(Path file) throws Exception {
        if (!file.toFile().exists()) {
            return 0;
        }
        Map<Long, Long> numberById = new HashMap<>();
        List<Long> numbers = new ArrayList<>();
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                var statement = connection.createStatement()) {
            var tables = statement.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'invoices'");
            tables.next();
            if (tables.getInt(1) == 0) {
                return 0; // killed before the first migration committed
            }
            var rows = statement.executeQuery("SELECT id, number FROM invoices ORDER BY number");
            while (rows.next()) {
                numberById.put(rows.getLong(1), rows.getLong(2));
                numbers.add(rows.getLong(2));
            }
        }
        for (int i = 0; i < numbers.size(); i++) {
            assertThat(numbers.get(i)).as("gap-free, unique numbering").isEqualTo(i + 1L);
        }
        try (var store = TestStores.openOrFail(file)) {
            assertThat(store.invoices().lastNumber(Samples.SERIES))
                    .as("counter = stored invoices")
                    .isEqualTo(numbers.size());
            var queued = store.outbox().claimDue(VERIFIER, Integer.MAX_VALUE, Duration.ZERO);
            assertThat(queued).as("every invoice is in the outbox").hasSize(numbers.size());
            for (var entry : queued) {
                long number = numberById.get(entry.invoiceId());
                assertThat(entry.signedXml())
                        .as("invoice %d intact", number)
                        .isEqualTo(expectedXml(new AllocatedNumber(Samples.SERIES, number)));
            }
            assertThat(store.audit().verify()).isInstanceOf(ChainVerification.Intact.class);
        }
        return numbers.size();
    }

    private static Process start(Path file, long target, int threads) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        "-Xshare:auto",
                        IssuingChild.class.getName(),
                        file.toString(),
                        Long.toString(target),
                        Integer.toString(threads))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }

    /** Follows the child's "ISSUED n" lines; kills it (SIGKILL) once {@code killAfter} commits were seen. */
    private static Thread readOutput(Process child, AtomicLong highest, int killAfter, Runnable kill) {
        return Thread.ofPlatform().start(() -> {
            int seen = 0;
            try (var lines =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("ISSUED ")) {
                        highest.accumulateAndGet(Long.parseLong(line.substring(7)), Math::max);
                        if (++seen == killAfter) {
                            kill.run();
                        }
                    }
                }
            } catch (java.io.IOException e) {
                // the pipe closes when the child is killed
            }
        });
    }
}
