package vn.counterdesk.store.invoice;

import com.fasterxml.jackson.core.type.TypeReference;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import vn.counterdesk.store.StoreSettings;
import vn.counterdesk.store.audit.AccessContext;
import vn.counterdesk.store.audit.AuditLog;
import vn.counterdesk.store.crypto.BlindIndex;
import vn.counterdesk.store.crypto.FieldCipher;
import vn.counterdesk.store.db.Database;
import vn.counterdesk.store.db.JsonColumn;
import vn.counterdesk.store.db.Rows;
import vn.counterdesk.store.db.StoreException;
import vn.counterdesk.store.person.PersonRepository;
import vn.counterdesk.store.search.NameQuery;
import vn.counterdesk.store.search.TokenQuery;

/**
 * Issuing and finding invoices. {@link #issue} allocates the next number of the series, obtains the signed XML
 * for it, stores header + document and enqueues it for sync in ONE {@code BEGIN IMMEDIATE} transaction: a crash
 * at any point leaves the whole invoice or nothing, and the counter moves only with a stored invoice.
 */
public final class InvoiceRepository {
    private static final String TABLE = "invoices";
    private static final int NAME_CANDIDATES = 2_000;
    private static final TypeReference<List<String>> ERRORS = new TypeReference<>() {};
    private static final String SUMMARY_COLUMNS = "i.id, i.uid, i.seller_tax_code, i.form, i.symbol, i.year,"
            + " i.number, i.issue_date, i.status, i.currency, i.total_before_tax, i.total_tax, i.total_payable,"
            + " i.buyer_name_enc, i.buyer_id_number_enc, i.buyer_tax_code_enc, i.buyer_address_enc,"
            + " i.authority_code";

    private final Database database;
    private final FieldCipher cipher;
    private final BlindIndex index;
    private final PersonRepository persons;
    private final AuditLog audit;
    private final StoreSettings settings;
    private final Clock clock;
    private final TokenQuery tokens = new TokenQuery("invoice_buyer_tokens", "invoice_id");

    public InvoiceRepository(
            Database database,
            FieldCipher cipher,
            BlindIndex index,
            PersonRepository persons,
            AuditLog audit,
            StoreSettings settings,
            Clock clock) {
        this.database = database;
        this.cipher = cipher;
        this.index = index;
        this.persons = persons;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    public IssueOutcome issue(AccessContext context, InvoiceToIssue invoice, SignedXmlSource source) {
        try {
            return database.write(connection -> issueIn(connection, context, invoice, source));
        } catch (SigningFailed failed) {
            return new IssueOutcome.NotIssued(failed.cause);
        }
    }

    /**
     * Issues an invoice that replaces or adjusts {@code originalId}, and records the link in the same
     * transaction: the original is shown as corrected exactly when its correction exists.
     */
    public IssueOutcome issueCorrection(
            AccessContext context,
            InvoiceToIssue invoice,
            SignedXmlSource source,
            long originalId,
            Correction.Kind kind) {
        try {
            return database.write(connection -> {
                IssueOutcome.Issued issued = issueIn(connection, context, invoice, source);
                try (var link = connection.prepareStatement(
                        "INSERT INTO invoice_corrections (original_id, correction_id, kind) VALUES (?, ?, ?)")) {
                    link.setLong(1, originalId);
                    link.setLong(2, issued.invoiceId());
                    link.setString(3, kind.name());
                    link.executeUpdate();
                }
                return issued;
            });
        } catch (SigningFailed failed) {
            return new IssueOutcome.NotIssued(failed.cause);
        }
    }

    /** The corrections of the given invoices (no personal data: ids and kinds only), oldest first. */
    public List<Correction> correctionsOf(List<Long> originalIds) {
        if (originalIds.isEmpty()) {
            return List.of();
        }
        return database.read(connection -> {
            var corrections = new ArrayList<Correction>();
            try (var query = connection.prepareStatement("SELECT original_id, correction_id, kind FROM"
                    + " invoice_corrections WHERE original_id IN ("
                    + "?,".repeat(originalIds.size() - 1) + "?) ORDER BY correction_id")) {
                for (int i = 0; i < originalIds.size(); i++) {
                    query.setLong(i + 1, originalIds.get(i));
                }
                try (var rows = query.executeQuery()) {
                    while (rows.next()) {
                        corrections.add(new Correction(
                                rows.getLong(1), rows.getLong(2), Correction.Kind.valueOf(rows.getString(3))));
                    }
                }
            }
            return List.copyOf(corrections);
        });
    }

    /**
     * Issues many invoices in one transaction (bulk import of history, benchmark loading). Same rules as
     * {@link #issue}; one failure rolls the whole batch back.
     */
    public List<IssueOutcome> issueAll(AccessContext context, List<InvoiceToIssue> invoices, SignedXmlSource source) {
        try {
            return database.write(connection -> {
                var outcomes = new ArrayList<IssueOutcome>();
                for (InvoiceToIssue invoice : invoices) {
                    outcomes.add(issueIn(connection, context, invoice, source));
                }
                return outcomes;
            });
        } catch (SigningFailed failed) {
            return List.of(new IssueOutcome.NotIssued(failed.cause));
        }
    }

    private IssueOutcome.Issued issueIn(
            Connection connection, AccessContext context, InvoiceToIssue invoice, SignedXmlSource source)
            throws SQLException {
        var number = new AllocatedNumber(invoice.series(), allocate(connection, invoice.series()));
        byte[] signedXml;
        try {
            signedXml = source.signedXml(number);
        } catch (Exception e) {
            throw new SigningFailed(e);
        }
        byte[] uid = Rows.newUid();
        String rowIdentity = HexFormat.of().formatHex(uid);
        var buyer = invoice.buyer();
        long now = clock.millis();
        try (var insert = connection.prepareStatement("INSERT INTO invoices (uid, seller_tax_code, form, symbol,"
                + " year, number, issue_date, issued_at, currency, total_before_tax, total_tax, total_payable,"
                + " status, buyer_name_enc, buyer_id_number_enc, buyer_tax_code_enc, buyer_address_enc,"
                + " buyer_id_hmac, buyer_tax_code_hmac, person_id, retain_until)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            var series = invoice.series();
            insert.setBytes(1, uid);
            insert.setString(2, series.sellerTaxCode());
            insert.setString(3, series.form());
            insert.setString(4, series.symbol());
            insert.setInt(5, series.year());
            insert.setLong(6, number.number());
            insert.setString(7, invoice.issueDate().toString());
            insert.setLong(8, now);
            insert.setString(9, invoice.totals().currency());
            insert.setString(10, invoice.totals().beforeTax().toPlainString());
            insert.setString(11, invoice.totals().tax().toPlainString());
            insert.setString(12, invoice.totals().payable().toPlainString());
            insert.setString(13, InvoiceStatus.QUEUED.name());
            insert.setBytes(14, seal(buyer.name(), "buyer_name_enc", rowIdentity));
            insert.setBytes(15, seal(buyer.idNumber(), "buyer_id_number_enc", rowIdentity));
            insert.setBytes(16, seal(buyer.taxCode(), "buyer_tax_code_enc", rowIdentity));
            insert.setBytes(17, seal(buyer.address(), "buyer_address_enc", rowIdentity));
            insert.setBytes(18, buyer.idNumber().map(index::identifier).orElse(null));
            insert.setBytes(19, buyer.taxCode().map(index::identifier).orElse(null));
            Optional<Long> personId = Optional.empty();
            if (buyer.idNumber().isPresent()) {
                personId = persons.idOf(connection, buyer.idNumber().get());
            }
            if (personId.isPresent()) {
                insert.setLong(20, personId.get());
            } else {
                insert.setNull(20, java.sql.Types.INTEGER);
            }
            insert.setString(
                    21,
                    invoice.issueDate()
                            .plusYears(settings.invoiceRetentionYears())
                            .toString());
            insert.executeUpdate();
        }
        long invoiceId = Rows.lastInsertId(connection);
        try (var document = connection.prepareStatement(
                "INSERT INTO invoice_documents (invoice_id, signed_xml_enc) VALUES (?, ?)")) {
            document.setLong(1, invoiceId);
            document.setBytes(2, cipher.encrypt(signedXml, aad("signed_xml_enc", rowIdentity)));
            document.executeUpdate();
        }
        if (buyer.name().isPresent()) {
            insertBuyerTokens(connection, invoiceId, buyer.name().get());
        }
        String messageId = settings.messageSenderCode()
                + UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT);
        try (var enqueue = connection.prepareStatement("INSERT INTO outbox (invoice_id, message_id, state,"
                + " enqueued_at, next_attempt_at) VALUES (?, ?, ?, ?, ?)")) {
            enqueue.setLong(1, invoiceId);
            enqueue.setString(2, messageId);
            enqueue.setString(3, InvoiceStatus.QUEUED.name());
            enqueue.setLong(4, now);
            enqueue.setLong(5, now);
            enqueue.executeUpdate();
        }
        audit.append(connection, context, "INVOICE_ISSUE", "invoice:" + invoiceId);
        return new IssueOutcome.Issued(invoiceId, number, messageId);
    }

    /** Next number of the series; the counter row is written in the caller's transaction. */
    private static long allocate(Connection connection, InvoiceSeries series) throws SQLException {
        try (var next = connection.prepareStatement("INSERT INTO invoice_counters (seller_tax_code, form, symbol,"
                + " year, last_number) VALUES (?, ?, ?, ?, 1) ON CONFLICT DO UPDATE SET last_number ="
                + " last_number + 1 RETURNING last_number")) {
            next.setString(1, series.sellerTaxCode());
            next.setString(2, series.form());
            next.setString(3, series.symbol());
            next.setInt(4, series.year());
            try (var rows = next.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** The last number allocated in a series (0 when none). */
    public long lastNumber(InvoiceSeries series) {
        return database.read(connection -> {
            try (var query = connection.prepareStatement("SELECT last_number FROM invoice_counters WHERE"
                    + " seller_tax_code = ? AND form = ? AND symbol = ? AND year = ?")) {
                query.setString(1, series.sellerTaxCode());
                query.setString(2, series.form());
                query.setString(3, series.symbol());
                query.setInt(4, series.year());
                try (var rows = query.executeQuery()) {
                    return rows.next() ? rows.getLong(1) : 0L;
                }
            }
        });
    }

    public List<InvoiceSummary> search(AccessContext context, InvoiceQuery query) {
        return database.write(connection -> {
            var sql = new StringBuilder("SELECT " + SUMMARY_COLUMNS + " FROM invoices i WHERE 1 = 1");
            var parameters = new ArrayList<Object>();
            query.buyerIdNumber().ifPresent(id -> {
                sql.append(" AND i.buyer_id_hmac = ?");
                parameters.add(index.identifier(id));
            });
            query.buyerTaxCode().ifPresent(code -> {
                sql.append(" AND i.buyer_tax_code_hmac = ?");
                parameters.add(index.identifier(code));
            });
            query.number().ifPresent(number -> {
                sql.append(" AND i.number = ?");
                parameters.add(number);
            });
            query.symbol().ifPresent(symbol -> {
                sql.append(" AND i.symbol = ?");
                parameters.add(symbol);
            });
            query.from().ifPresent(from -> {
                sql.append(" AND i.issue_date >= ?");
                parameters.add(from.toString());
            });
            query.to().ifPresent(to -> {
                sql.append(" AND i.issue_date <= ?");
                parameters.add(to.toString());
            });
            query.status().ifPresent(status -> {
                sql.append(" AND i.status = ?");
                parameters.add(status.name());
            });
            Optional<NameQuery> name = query.buyerName().map(NameQuery::parse).filter(q -> !q.isEmpty());
            if (name.isPresent()) {
                var candidates = tokens.owners(
                        connection, index.buyerSearchTokens(name.get().words()), NAME_CANDIDATES);
                if (candidates.isEmpty()) {
                    audit.append(connection, context, "INVOICE_SEARCH", "invoice:none");
                    return List.<InvoiceSummary>of();
                }
                sql.append(" AND i.id IN (")
                        .append("?,".repeat(candidates.size() - 1))
                        .append("?)");
                parameters.addAll(candidates);
            }
            sql.append(" ORDER BY i.issue_date DESC, i.id DESC LIMIT ?");
            parameters.add(query.limit());
            var results = new ArrayList<InvoiceSummary>();
            try (var statement = connection.prepareStatement(sql.toString())) {
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i));
                }
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        var summary = toSummary(rows);
                        boolean nameMatches = name.isEmpty()
                                || summary.buyer()
                                        .name()
                                        .map(n -> name.get().matches(n))
                                        .orElse(false);
                        if (nameMatches) {
                            results.add(summary);
                        }
                    }
                }
            }
            audit.append(connection, context, "INVOICE_SEARCH", subjects(results));
            return results;
        });
    }

    /** The stored originals of one invoice (audited: they carry the buyer's data). */
    public Optional<InvoiceDocument> document(AccessContext context, long invoiceId) {
        return database.write(connection -> {
            audit.append(connection, context, "INVOICE_DOCUMENT_READ", "invoice:" + invoiceId);
            try (var query = connection.prepareStatement("SELECT i.uid, d.signed_xml_enc, d.coded_xml_enc,"
                    + " d.rejection_enc FROM invoices i JOIN invoice_documents d ON d.invoice_id = i.id"
                    + " WHERE i.id = ?")) {
                query.setLong(1, invoiceId);
                try (var rows = query.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.<InvoiceDocument>empty();
                    }
                    String rowIdentity = HexFormat.of().formatHex(rows.getBytes(1));
                    byte[] coded = rows.getBytes(3);
                    byte[] rejection = rows.getBytes(4);
                    return Optional.of(new InvoiceDocument(
                            invoiceId,
                            cipher.decrypt(rows.getBytes(2), aad("signed_xml_enc", rowIdentity)),
                            Optional.ofNullable(coded).map(c -> cipher.decrypt(c, aad("coded_xml_enc", rowIdentity))),
                            rejection == null
                                    ? List.of()
                                    : JsonColumn.decode(
                                            cipher.decrypt(rejection, aad("rejection_enc", rowIdentity)), ERRORS)));
                }
            }
        });
    }

    /** Invoices of one person, inside the caller's (audited) transaction. */
    public List<InvoiceSummary> forPerson(Connection connection, long personId) throws SQLException {
        var results = new ArrayList<InvoiceSummary>();
        try (var query = connection.prepareStatement("SELECT " + SUMMARY_COLUMNS
                + " FROM invoices i WHERE i.person_id = ? ORDER BY i.issue_date DESC, i.id DESC")) {
            query.setLong(1, personId);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    results.add(toSummary(rows));
                }
            }
        }
        return results;
    }

    /** Where the authority's answers go; {@link #storeAnswer} accepts only these columns. */
    public enum AnswerColumn {
        CODED_XML("coded_xml_enc"),
        REJECTION("rejection_enc");

        private final String column;

        AnswerColumn(String column) {
            this.column = column;
        }
    }

    private void insertBuyerTokens(Connection connection, long invoiceId, String buyerName) throws SQLException {
        try (var insert = connection.prepareStatement(
                "INSERT OR IGNORE INTO invoice_buyer_tokens (token, invoice_id) VALUES (?, ?)")) {
            for (byte[] token : index.buyerNameTokens(buyerName)) {
                insert.setBytes(1, token);
                insert.setLong(2, invoiceId);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * Rebuilds the buyer-name tokens of up to {@code max} invoices with an id above {@code afterId} from their
     * decrypted buyer names (token scheme upgrade), inside the caller's transaction; returns the last id done.
     */
    public OptionalLong retokeniseBuyers(Connection connection, long afterId, int max) throws SQLException {
        long last = -1;
        try (var query = connection.prepareStatement("SELECT id, uid, buyer_name_enc FROM invoices"
                        + " WHERE id > ? AND buyer_name_enc IS NOT NULL ORDER BY id LIMIT ?");
                var delete = connection.prepareStatement("DELETE FROM invoice_buyer_tokens WHERE invoice_id = ?")) {
            query.setLong(1, afterId);
            query.setInt(2, max);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    last = rows.getLong(1);
                    String name = cipher.decryptText(
                            rows.getBytes(3),
                            aad("buyer_name_enc", HexFormat.of().formatHex(rows.getBytes(2))));
                    delete.setLong(1, last);
                    delete.executeUpdate();
                    insertBuyerTokens(connection, last, name);
                }
            }
        }
        return last < 0 ? OptionalLong.empty() : OptionalLong.of(last);
    }

    /** Encrypts and stores an answer document of an existing invoice, inside the caller's transaction. */
    public void storeAnswer(Connection connection, long invoiceId, AnswerColumn target, byte[] plain)
            throws SQLException {
        byte[] uid;
        try (var query = connection.prepareStatement("SELECT uid FROM invoices WHERE id = ?")) {
            query.setLong(1, invoiceId);
            try (var rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new StoreException("no invoice " + invoiceId);
                }
                uid = rows.getBytes(1);
            }
        }
        byte[] ciphertext =
                cipher.encrypt(plain, aad(target.column, HexFormat.of().formatHex(uid)));
        try (var update = connection.prepareStatement(
                "UPDATE invoice_documents SET " + target.column + " = ? WHERE invoice_id = ?")) {
            update.setBytes(1, ciphertext);
            update.setLong(2, invoiceId);
            update.executeUpdate();
        }
    }

    private InvoiceSummary toSummary(ResultSet rows) throws SQLException {
        String rowIdentity = HexFormat.of().formatHex(rows.getBytes(2));
        var series = new InvoiceSeries(rows.getString(3), rows.getString(4), rows.getString(5), rows.getInt(6));
        var totals = new Totals(
                new BigDecimal(rows.getString(11)),
                new BigDecimal(rows.getString(12)),
                new BigDecimal(rows.getString(13)),
                rows.getString(10));
        var buyer = new Buyer(
                cipher.decryptOptionalText(rows.getBytes(14), aad("buyer_name_enc", rowIdentity)),
                cipher.decryptOptionalText(rows.getBytes(15), aad("buyer_id_number_enc", rowIdentity)),
                cipher.decryptOptionalText(rows.getBytes(16), aad("buyer_tax_code_enc", rowIdentity)),
                cipher.decryptOptionalText(rows.getBytes(17), aad("buyer_address_enc", rowIdentity)));
        return new InvoiceSummary(
                rows.getLong(1),
                series,
                rows.getLong(7),
                LocalDate.parse(rows.getString(8)),
                InvoiceStatus.valueOf(rows.getString(9)),
                totals,
                buyer,
                Optional.ofNullable(rows.getString(18)));
    }

    private byte[] seal(Optional<String> value, String column, String rowIdentity) {
        return value.map(text -> cipher.encryptText(text, aad(column, rowIdentity)))
                .orElse(null);
    }

    private static byte[] aad(String column, String rowIdentity) {
        return FieldCipher.aad(TABLE, column, rowIdentity);
    }

    private static String subjects(List<InvoiceSummary> results) {
        if (results.isEmpty()) {
            return "invoice:none";
        }
        var ids = results.stream().map(s -> String.valueOf(s.invoiceId())).toList();
        return "invoice:" + String.join(",", ids);
    }

    /** Carries the signer's failure out of the transaction so it rolls back. */
    private static final class SigningFailed extends RuntimeException {
        private final Exception cause;

        SigningFailed(Exception cause) {
            super("signed XML could not be produced", cause, false, false);
            this.cause = cause;
        }
    }
}
