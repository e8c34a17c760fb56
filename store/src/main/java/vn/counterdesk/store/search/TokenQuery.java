package vn.counterdesk.store.search;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the owners holding ALL given tokens in a token table ({@code token, owner} primary key). The query is
 * driven from the rarest token, found by counting each token only up to the smallest count seen so far, so a
 * common token costs no more than the rarest one; the other tokens are probed per candidate through the index.
 * Callers pass combination tokens (word pairs, triples), which are selective even when every word is common.
 */
public final class TokenQuery {
    /** Beyond this many rows a token is "common"; the rarest-token choice among common ones does not matter much. */
    private static final int COUNT_CAP = 5_000;

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
        long rarest = COUNT_CAP;
        for (byte[] token : tokens) {
            long count = cappedCount(connection, token, rarest);
            rarest = Math.min(rarest, count);
            ordered.add(new CountedToken(token, count));
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

    private long cappedCount(Connection connection, byte[] token, long cap) throws SQLException {
        try (var count = connection.prepareStatement(
                "SELECT count(*) FROM (SELECT 1 FROM " + table + " WHERE token = ? LIMIT ?)")) {
            count.setBytes(1, token);
            count.setLong(2, Math.max(1, cap));
            try (var rows = count.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }

    private record CountedToken(byte[] token, long count) {}
}
