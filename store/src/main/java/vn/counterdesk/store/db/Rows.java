package vn.counterdesk.store.db;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/** Small JDBC helpers shared by the repositories. */
public final class Rows {
    private Rows() {}

    public static long lastInsertId(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT last_insert_rowid()")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** A random 128-bit row identity, used as encryption AAD before the integer id exists. */
    public static byte[] newUid() {
        var uuid = UUID.randomUUID();
        return ByteBuffer.allocate(16)
                .putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits())
                .array();
    }
}
