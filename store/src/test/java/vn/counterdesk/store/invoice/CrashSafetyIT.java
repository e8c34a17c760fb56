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
import java.util.Optional;
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
 * Kills issuing processes with SIGKILL at random points during issuing (after a random number of commits, or a
 * random delay after the first commit) and checks after every restart that numbering is
 * gap-free and unique, that every invoice the child reported as committed survived, and that every stored
 * invoice is intact (its signed XML authenticates and matches its number) and waiting in the outbox.
 */
class CrashSafetyIT {
    private static final System.Logger LOG = System.getLogger(CrashSafetyIT.class.getName());
    private static final AccessContext VERIFIER = new AccessContext("crash-test", "verify durability");
    private static final int ROUNDS = 20;
    private static final int INVOICES_PER_ROUND = 1_000;
    private static final int THREADS = 4;
    /** Latest commit of a round at which the child is killed, whatever the plan. */
    private static final int KILL_BACKSTOP = INVOICES_PER_ROUND - 10;
    /** Exit status of a process ended by SIGKILL (128 + 9). */
    private static final int SIGKILL_EXIT = 137;

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
    void killNineDuringIssuingNeverLosesSkipsOrReusesANumber() throws Exception {
        Path file = dir.resolve("crash.db");
        long seed = Long.getLong("crash.seed", System.nanoTime());
        LOG.log(System.Logger.Level.INFO, "crash.seed={0}", Long.toString(seed));
        var random = new Random(seed);
        double millisPerInvoice = 5; // first guess; replaced by the pace measured in each round
        for (int round = 0; round < ROUNDS; round++) {
            long before = verifiedCount(file);
            KillPlan plan = round % 2 == 0
                    ? new KillPlan.AfterCommits(1 + random.nextInt(KILL_BACKSTOP))
                    : new KillPlan.AfterDelay(
                            (long) (random.nextDouble() * 0.9 * INVOICES_PER_ROUND * millisPerInvoice));
            // Room for twice the round's invoices: even if the parent reads the child's output late, the child
            // cannot finish before the kill lands.
            var child = start(file, before + 2L * INVOICES_PER_ROUND, THREADS);
            var progress = Progress.follow(child, plan);
            assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("child ended").isTrue();
            progress.join();
            long committedInRound = progress.highest() - before;
            LOG.log(
                    System.Logger.Level.INFO,
                    "round {0}: {1}, killed after {2} commits of this round",
                    round,
                    plan,
                    committedInRound);
            assertThat(child.exitValue()).as("round %d ended by SIGKILL", round).isEqualTo(SIGKILL_EXIT);
            assertThat(committedInRound)
                    .as("round %d was killed in the middle of issuing (%s)", round, plan)
                    .isBetween(1L, 2L * INVOICES_PER_ROUND - 1);
            assertThat(verifiedCount(file))
                    .as("every commit reported before the kill survived")
                    .isGreaterThanOrEqualTo(progress.highest());
            millisPerInvoice = progress.millisPerInvoice().orElse(millisPerInvoice);
        }

        // A last, uninterrupted run completes its 1,000 invoices on top of whatever the crashes left.
        long before = verifiedCount(file);
        var child = start(file, before + INVOICES_PER_ROUND, THREADS);
        var progress = Progress.follow(child, new KillPlan.Never());
        assertThat(child.waitFor(300, TimeUnit.SECONDS)).isTrue();
        progress.join();
        assertThat(child.exitValue()).isZero();
        assertThat(verifiedCount(file)).isBetween(before + INVOICES_PER_ROUND, before + INVOICES_PER_ROUND + THREADS);
    }

    @Test
    void twoProcessesIssuingAtOnceShareOneGapFreeSeries() throws Exception {
        Path file = dir.resolve("shared.db");
        TestStores.openOrFail(file).close(); // create keys once; the children race on everything else
        var first = start(file, 400, 2);
        var second = start(file, 400, 2);
        var firstReader = Progress.follow(first, new KillPlan.Never());
        var secondReader = Progress.follow(second, new KillPlan.Never());
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

    /** When the parent kills a child: always after its first commit, so that every kill hits issuing. */
    sealed interface KillPlan {
        /** Right after the n-th reported commit (other threads are usually inside a transaction then). */
        record AfterCommits(int commits) implements KillPlan {}

        /** A random delay after the first commit, so the kill is not aligned with any commit. */
        record AfterDelay(long millis) implements KillPlan {}

        record Never() implements KillPlan {}
    }

    /**
     * Follows the child's "ISSUED n" lines and carries out the kill plan (SIGKILL). A delay kill that has not
     * fired by commit {@value #KILL_BACKSTOP} of the round fires there, so a slow machine cannot let a child
     * finish.
     */
    private static final class Progress {
        private final Process child;
        private final KillPlan plan;
        private final AtomicLong highest = new AtomicLong();
        private volatile long firstCommitNanos;
        private volatile long lastCommitNanos;
        private volatile int seen;
        private Thread reader;

        private Progress(Process child, KillPlan plan) {
            this.child = child;
            this.plan = plan;
        }

        static Progress follow(Process child, KillPlan plan) {
            var progress = new Progress(child, plan);
            progress.reader = Thread.ofPlatform().start(progress::read);
            return progress;
        }

        private void read() {
            try (var lines =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("ISSUED ")) {
                        onCommit(Long.parseLong(line.substring(7)));
                    }
                }
            } catch (java.io.IOException e) {
                // the pipe closes when the child is killed
            }
        }

        private void onCommit(long number) {
            highest.accumulateAndGet(number, Math::max);
            lastCommitNanos = System.nanoTime();
            seen++;
            if (seen == 1) {
                firstCommitNanos = lastCommitNanos;
                if (plan instanceof KillPlan.AfterDelay(long millis)) {
                    Thread.ofPlatform().daemon().start(() -> {
                        sleepQuietly(millis);
                        child.destroyForcibly();
                    });
                }
            }
            boolean killNow = switch (plan) {
                case KillPlan.AfterCommits(int commits) -> seen == commits;
                case KillPlan.AfterDelay delay -> seen == KILL_BACKSTOP;
                case KillPlan.Never never -> false;
            };
            if (killNow) {
                child.destroyForcibly();
            }
        }

        long highest() {
            return highest.get();
        }

        /** The child's issuing pace in this round, to size the next delay kill. */
        Optional<Double> millisPerInvoice() {
            return seen < 2 ? Optional.empty() : Optional.of((lastCommitNanos - firstCommitNanos) / 1e6 / (seen - 1));
        }

        void join() throws InterruptedException {
            reader.join();
        }

        private static void sleepQuietly(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
