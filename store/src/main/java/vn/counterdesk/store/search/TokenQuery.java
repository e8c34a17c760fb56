package vn.counterdesk.store.search;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the owners holding ALL given tokens in a token table ({@code token, owner} primary key). The query is
 * driven from the rarest token, estimated by a capped count, so a common family name ("nguyen" matches a third
 * of the population) never dictates the cost; the other tokens are probed per candidate through the index.
 */
public final class TokenQuery {
    private static final int COUNT_CAP = 20_000;

    private final String table;
    private final String ownerColumn;

    /** Both names are constants from this module, never user input. */
    public TokenQuery(String table, String ownerColumn) {
        this.table = table;
        this.ownerColumn = ownerColumn;
    }

    public List<Long> owners(Connection connection, List<byte[]> tokens, int limit) throws SQLException {
        if (tokens.isEmpty()) {
            return List.of();
        }
        var ordered = new ArrayList<CountedToken>();
        for (byte[] token : tokens) {
            ordered.add(new CountedToken(token, cappedCount(connection, token)));
        }
        ordered.sort(Comparator.comparingLong(CountedToken::count));
        if (ordered.getFirst().count() == 0) {
            return List.of();
        }
        var sql = new StringBuilder("SELECT t0." + ownerColumn + " FROM " + table + " t0 WHERE t0.token = ?");
        for (int i = 1; i < ordered.size(); i++) {
            sql.append(" AND EXISTS (SELECT 1 FROM ")
                    .append(table)
                    .append(" t WHERE t.token = ? AND t.")
                    .append(ownerColumn)
                    .append(" = t0.")
                    .append(ownerColumn)
                    .append(')');
        }
        sql.append(" ORDER BY t0.").append(ownerColumn).append(" DESC LIMIT ?");
        try (var query = connection.prepareStatement(sql.toString())) {
            int index = 1;
            for (CountedToken token : ordered) {
                query.setBytes(index++, token.token());
            }
            query.setInt(index, limit);
            var owners = new ArrayList<Long>();
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    owners.add(rows.getLong(1));
                }
            }
            return owners;
        }
    }

    private long cappedCount(Connection connection, byte[] token) throws SQLException {
        try (var count = connection.prepareStatement(
                "SELECT count(*) FROM (SELECT 1 FROM " + table + " WHERE token = ? LIMIT " + COUNT_CAP + ")")) {
            count.setBytes(1, token);
            try (var rows = count.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }

    private record CountedToken(byte[] token, long count) {}
}
