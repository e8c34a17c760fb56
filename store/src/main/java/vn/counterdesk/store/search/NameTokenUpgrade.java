package vn.counterdesk.store.search;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.OptionalLong;
import vn.counterdesk.store.db.Database;
import vn.counterdesk.store.db.SqlWork;
import vn.counterdesk.store.invoice.InvoiceRepository;
import vn.counterdesk.store.person.PersonRepository;

/**
 * Brings the keyed name tokens of an existing file to the current scheme. Tokens are HMACs under the store's
 * keys, so a SQL migration cannot compute them: this runs at open, after the keys are unlocked, and rebuilds the
 * tokens from the decrypted names in batches. Rebuilding a row is idempotent, so an interrupted upgrade simply
 * starts over at the next open; the scheme version moves only once every row is done.
 */
public final class NameTokenUpgrade {
    /** Words + prefixes, plus pair (and buyer triple) tokens. */
    static final int CURRENT_SCHEME = 2;

    private static final System.Logger LOG = System.getLogger(NameTokenUpgrade.class.getName());
    private static final int BATCH = 2_000;

    private NameTokenUpgrade() {}

    public static void ensureCurrent(Database database, PersonRepository persons, InvoiceRepository invoices) {
        int scheme = database.read(NameTokenUpgrade::scheme);
        if (scheme >= CURRENT_SCHEME) {
            return;
        }
        LOG.log(System.Logger.Level.INFO, "rebuilding name tokens (scheme {0} to {1})", scheme, CURRENT_SCHEME);
        inBatches(database, (connection, afterId) -> persons.retokeniseNames(connection, afterId, BATCH));
        inBatches(database, (connection, afterId) -> invoices.retokeniseBuyers(connection, afterId, BATCH));
        database.write(connection -> {
            try (var update = connection.prepareStatement("UPDATE name_token_scheme SET version = ? WHERE id = 1")) {
                update.setInt(1, CURRENT_SCHEME);
                return update.executeUpdate();
            }
        });
    }

    private static int scheme(Connection connection) throws SQLException {
        try (var query = connection.prepareStatement("SELECT version FROM name_token_scheme WHERE id = 1");
                var rows = query.executeQuery()) {
            return rows.next() ? rows.getInt(1) : CURRENT_SCHEME;
        }
    }

    private static void inBatches(Database database, Batch batch) {
        long afterId = 0;
        while (true) {
            long from = afterId;
            SqlWork<OptionalLong> work = connection -> batch.run(connection, from);
            OptionalLong last = database.write(work);
            if (last.isEmpty()) {
                return;
            }
            afterId = last.getAsLong();
        }
    }

    @FunctionalInterface
    private interface Batch {
        OptionalLong run(Connection connection, long afterId) throws SQLException;
    }
}
