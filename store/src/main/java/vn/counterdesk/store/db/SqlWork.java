package vn.counterdesk.store.db;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of work on one connection; runs inside a transaction chosen by {@link Database}. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
