package vn.counterdesk.store.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.IntConsumer;
import vn.counterdesk.store.CounterStore;
import vn.counterdesk.store.StoreOpening;
import vn.counterdesk.store.StoreSettings;
import vn.counterdesk.store.audit.AccessContext;
import vn.counterdesk.store.crypto.NameNormalizer;
import vn.counterdesk.store.crypto.PassphraseKeyProvider;
import vn.counterdesk.store.db.MigrationRunner;
import vn.counterdesk.store.invoice.AllocatedNumber;
import vn.counterdesk.store.invoice.Buyer;
import vn.counterdesk.store.invoice.InvoiceQuery;
import vn.counterdesk.store.invoice.InvoiceSeries;
import vn.counterdesk.store.invoice.InvoiceStatus;
import vn.counterdesk.store.invoice.InvoiceToIssue;
import vn.counterdesk.store.invoice.Totals;
import vn.counterdesk.store.person.PersonField;
import vn.counterdesk.store.person.PersonRecord;

/**
 * Loads a temporary store with synthetic persons and invoices (defaults 200,000 / 1,000,000) and reports p50/p95/p99
 * of each search and of issuing one invoice. Not a test: run it by hand (see docs/benchmarks.md).
 *
 * <p>Arguments: {@code [invoices] [persons] [samples] [directory]}.
 */
public final class StoreBenchmark {
    private static final AccessContext BENCH = new AccessContext("benchmark", "performance measurement");
    private static final String SELLER = "0312345678";
    private static final String[] FAMILY = {
        "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
        "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trương", "Đinh", "Lâm", "Mai", "Tô"
    };
    private static final String[] MIDDLE = {
        "Văn", "Thị", "Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quốc", "Hoàng", "Kim", "Xuân", "Thu", "Bảo",
        "Gia", "Anh", "Phương", "Thành", "Công"
    };
    private static final String[] GIVEN = {
        "An", "Anh", "Bình", "Châu", "Chi", "Cường", "Dũng", "Dung", "Duy", "Đạt", "Giang", "Hà", "Hải", "Hạnh", "Hiếu",
        "Hoa", "Hòa", "Hùng", "Hương", "Huy", "Khang", "Khánh", "Khoa", "Lan", "Linh", "Long", "Mai", "Minh", "My",
        "Nam", "Nga", "Ngân", "Nghĩa", "Ngọc", "Nhung", "Phong", "Phúc", "Phương", "Quân", "Quang", "Quyên", "Sơn",
        "Tâm", "Thảo", "Thắng", "Thành", "Thịnh", "Thu", "Thủy", "Tiến", "Trang", "Trinh", "Trung", "Tuấn", "Tùng",
        "Uyên", "Vân", "Việt", "Vinh", "Yến"
    };
    private static final String[] PROVINCES = {"001", "031", "048", "079", "092", "038", "040", "075"};

    private final Random random = new Random(20261127);

    public static void main(String[] args) throws Exception {
        int invoices = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int persons = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        int samples = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        Path directory = args.length > 3 ? Path.of(args[3]) : Files.createTempDirectory("store-bench");
        new StoreBenchmark().run(invoices, persons, samples, directory);
    }

    private void run(int invoiceCount, int personCount, int samples, Path directory) throws Exception {
        Path file = directory.resolve("bench.db");
        long openStart = System.nanoTime();
        var opening = CounterStore.open(
                file,
                new PassphraseKeyProvider("benchmark passphrase".toCharArray()),
                StoreSettings.defaults(),
                MigrationRunner.fromClasspath(MigrationRunner.DEFAULT_LOCATION),
                Clock.systemUTC());
        double openMs = (System.nanoTime() - openStart) / 1e6;
        if (!(opening instanceof StoreOpening.Opened(CounterStore store))) {
            throw new IllegalStateException("cannot open " + opening);
        }
        try (store) {
            System.out.printf(Locale.ROOT, "open with product Argon2id (64 MiB, t=3): %.0f ms%n", openMs);
            List<PersonRecord> people = loadPersons(store, personCount);
            loadInvoices(store, people, invoiceCount);
            spreadStatuses(file);
            System.out.printf(Locale.ROOT, "database: %.0f MiB%n", Files.size(file) / 1048576.0);
            measureAll(store, people, samples);
        }
    }

    private List<PersonRecord> loadPersons(CounterStore store, int count) {
        long start = System.nanoTime();
        var people = new ArrayList<PersonRecord>(count);
        var batch = new ArrayList<PersonRecord>();
        for (int i = 0; i < count; i++) {
            var person = person(i);
            people.add(person);
            batch.add(person);
            if (batch.size() == 5_000) {
                store.persons().saveAll(BENCH, batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            store.persons().saveAll(BENCH, batch);
        }
        System.out.printf(Locale.ROOT, "loaded %d persons in %.0f s%n", count, (System.nanoTime() - start) / 1e9);
        return people;
    }

    private void loadInvoices(CounterStore store, List<PersonRecord> people, int count) {
        long start = System.nanoTime();
        var batch = new ArrayList<InvoiceToIssue>();
        for (int i = 0; i < count; i++) {
            batch.add(invoice(people, i, count));
            if (batch.size() == 5_000) {
                store.invoices().issueAll(BENCH, batch, StoreBenchmark::xml);
                batch.clear();
            }
            if (i > 0 && i % 100_000 == 0) {
                System.out.printf(Locale.ROOT, "  %d invoices, %.0f s%n", i, (System.nanoTime() - start) / 1e9);
            }
        }
        if (!batch.isEmpty()) {
            store.invoices().issueAll(BENCH, batch, StoreBenchmark::xml);
        }
        System.out.printf(Locale.ROOT, "loaded %d invoices in %.0f s%n", count, (System.nanoTime() - start) / 1e9);
    }

    /** Most invoices of the past are coded; the newest 5 % are still queued, a few rejected or retrying. */
    private static void spreadStatuses(Path file) throws Exception {
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                var statement = connection.createStatement()) {
            long max = statement.executeQuery("SELECT max(id) FROM invoices").getLong(1);
            connection.setAutoCommit(false);
            String rule = "CASE WHEN id > " + (long) (max * 0.95) + " THEN 'QUEUED' WHEN id % 97 = 0 THEN 'REJECTED'"
                    + " WHEN id % 89 = 0 THEN 'FAILED_RETRYING' ELSE 'CODED' END";
            statement.executeUpdate("UPDATE invoices SET status = " + rule);
            statement.executeUpdate("UPDATE outbox SET state = (SELECT status FROM invoices WHERE id = invoice_id)");
            connection.commit();
            statement.execute("ANALYZE");
        }
    }

    private void measureAll(CounterStore store, List<PersonRecord> people, int samples) {
        var rows = new ArrayList<String>();
        rows.add(measure(
                "person by ID number",
                samples,
                i -> store.persons().findByIdNumber(BENCH, pick(people).idNumber())));
        rows.add(measure(
                "person by name (full, no diacritics)",
                samples,
                i -> store.persons().searchByName(BENCH, folded(pick(people).fullName()), 20)));
        rows.add(measure("person by name (last word partial)", samples, i -> {
            String typed = folded(pick(people).fullName());
            store.persons().searchByName(BENCH, typed.substring(0, typed.length() - 1), 20);
        }));
        rows.add(measure(
                "invoices by buyer ID number",
                samples,
                i -> store.invoices()
                        .search(
                                BENCH,
                                InvoiceQuery.all().byBuyerIdNumber(pick(people).idNumber()))));
        rows.add(measure(
                "invoices by buyer name (no diacritics)",
                samples,
                i -> store.invoices()
                        .search(
                                BENCH,
                                InvoiceQuery.all()
                                        .byBuyerName(folded(pick(people).fullName())))));
        rows.add(measure(
                "invoice by number + symbol",
                samples,
                i -> store.invoices()
                        .search(
                                BENCH,
                                InvoiceQuery.all()
                                        .byNumber(1 + random.nextInt(400_000))
                                        .bySymbol("C25TAA"))));
        rows.add(measure("invoices by date range (1 day)", samples, i -> {
            var day = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(700));
            store.invoices().search(BENCH, InvoiceQuery.all().between(day, day));
        }));
        rows.add(measure("invoices by date range (1 month) + status", samples, i -> {
            var first = LocalDate.of(2025, 1 + random.nextInt(12), 1);
            store.invoices()
                    .search(
                            BENCH,
                            InvoiceQuery.all()
                                    .between(first, first.plusMonths(1).minusDays(1))
                                    .withStatus(InvoiceStatus.REJECTED));
        }));
        rows.add(measure(
                "invoices by status (QUEUED, newest 50)",
                samples,
                i -> store.invoices().search(BENCH, InvoiceQuery.all().withStatus(InvoiceStatus.QUEUED))));
        rows.add(measure("issue one invoice (number+XML+outbox+audit, fsync)", samples, i -> {
            var invoice = new InvoiceToIssue(
                    new InvoiceSeries(SELLER, "1", "C26TAB", 2026),
                    LocalDate.of(2026, 11, 27),
                    buyer(pick(people)),
                    Totals.vnd(100_000, 8_000));
            store.invoices().issue(BENCH, invoice, StoreBenchmark::xml);
        }));
        System.out.println();
        System.out.println("| operation | p50 ms | p95 ms | p99 ms |");
        System.out.println("|---|---:|---:|---:|");
        rows.forEach(System.out::println);
    }

    private String measure(String name, int samples, IntConsumer operation) {
        for (int i = 0; i < Math.max(20, samples / 10); i++) {
            operation.accept(i); // warm up JIT and page cache
        }
        double[] millis = new double[samples];
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            operation.accept(i);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        String row = String.format(
                Locale.ROOT,
                "| %s | %.2f | %.2f | %.2f |",
                name,
                percentile(millis, 50),
                percentile(millis, 95),
                percentile(millis, 99));
        System.out.println(row);
        return row;
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private PersonRecord pick(List<PersonRecord> people) {
        return people.get(random.nextInt(people.size()));
    }

    private static String folded(String name) {
        return String.join(" ", NameNormalizer.words(name));
    }

    private PersonRecord person(int i) {
        String name = FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                + (random.nextInt(4) == 0 ? MIDDLE[random.nextInt(MIDDLE.length)] + " " : "")
                + GIVEN[random.nextInt(GIVEN.length)];
        String id = PROVINCES[i % PROVINCES.length] + String.format(Locale.ROOT, "%09d", i);
        return new PersonRecord(
                id,
                Map.of(
                        PersonField.FULL_NAME,
                        name,
                        PersonField.DATE_OF_BIRTH,
                        String.format(Locale.ROOT, "%02d/%02d/%d", 1 + i % 28, 1 + i % 12, 1950 + i % 55),
                        PersonField.SEX,
                        i % 2 == 0 ? "Nam" : "Nữ",
                        PersonField.PLACE_OF_RESIDENCE,
                        "Số " + (1 + i % 300) + " Đường Lê Lợi, Phường Bến Thành, TP Hồ Chí Minh"),
                Optional.empty());
    }

    private InvoiceToIssue invoice(List<PersonRecord> people, int i, int count) {
        // Two years of history in issue order: 2025 under C25TAA, 2026 under C26TAA.
        var date = LocalDate.of(2025, 1, 1).plusDays((long) i * 700 / count);
        String symbol = date.getYear() == 2025 ? "C25TAA" : "C26TAA";
        Buyer buyer = random.nextInt(5) == 0 ? Buyer.none() : buyer(pick(people));
        return new InvoiceToIssue(
                new InvoiceSeries(SELLER, "1", symbol, date.getYear()),
                date,
                buyer,
                Totals.vnd(10_000 + random.nextInt(5_000_000), 800));
    }

    private static Buyer buyer(PersonRecord person) {
        return Buyer.individual(
                person.fullName(),
                person.idNumber(),
                person.field(PersonField.PLACE_OF_RESIDENCE).orElseThrow());
    }

    /** A signed-invoice-sized XML (about 3 KB, the size of a one-line invoice with its XML-DSig). */
    private static byte[] xml(AllocatedNumber number) {
        var text = new StringBuilder(
                        "<HDon><DLHDon Id=\"data\"><TTChung><PBan>2.1.0</PBan><KHMSHDon>1</KHMSHDon><KHHDon>")
                .append(number.series().symbol())
                .append("</KHHDon><SHDon>")
                .append(number.number())
                .append("</SHDon></TTChung></DLHDon><DSCKS><NBan><Signature>");
        text.append("A".repeat(2_700));
        text.append("</Signature></NBan></DSCKS></HDon>");
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
