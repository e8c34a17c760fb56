package vn.counterdesk.store.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;

/**
 * One SQLite file shared by threads of this process and by other processes. Each unit of work borrows a pooled
 * connection. Writes run in {@code BEGIN IMMEDIATE} transactions so the write lock is taken up front (no
 * deadlocking lock upgrades); {@code SQLITE_BUSY} beyond the busy timeout is retried with jittered backoff.
 */
public final class Database implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Database.class.getName());
    private static final int BUSY_TIMEOUT_MS = 5_000;
    private static final long WRITE_RETRY_DEADLINE_NANOS = TimeUnit.SECONDS.toNanos(60);

    private final Path file;
    private final Semaphore permits;
    private final List<Connection> idle = new ArrayList<>();
    private final List<Connection> all = new ArrayList<>();
    private final int poolSize;
    /** Shared for ordinary work, exclusive while a restore replaces the file's content. */
    private final ReentrantReadWriteLock restoreLock = new ReentrantReadWriteLock();
    /** Serialises this process's writers (SQLite allows one writer at a time anyway). */
    private final ReentrantLock writers = new ReentrantLock(true);

    private Database(Path file, int poolSize) {
        this.file = file;
        this.poolSize = poolSize;
        this.permits = new Semaphore(poolSize, true);
    }

    /** Opens (creating if needed) the database file. Nothing is read or migrated yet. */
    public static Database open(Path file, int poolSize) {
        var database = new Database(file.toAbsolutePath(), poolSize);
        database.read(connection -> null); // fail fast on an unusable file
        return database;
    }

    public Path file() {
        return file;
    }

    /** Runs read-only work outside an explicit transaction (each statement sees a consistent snapshot). */
    public <T> T read(SqlWork<T> work) {
        return withConnection(connection -> work.run(connection));
    }

    /**
     * Runs work in one {@code BEGIN IMMEDIATE} transaction; commits on return, rolls back on any throw. Writers of
     * this process queue on a fair lock first, so SQLite's busy handler only arbitrates between processes.
     */
    public <T> T write(SqlWork<T> work) {
        long deadline = System.nanoTime() + WRITE_RETRY_DEADLINE_NANOS;
        int attempt = 0;
        while (true) {
            writers.lock();
            try {
                return withConnection(connection -> inTransaction(connection, work));
            } catch (StoreException e) {
                if (!isBusy(e.getCause()) || System.nanoTime() > deadline) {
                    throw e;
                }
                attempt++;
                LOG.log(System.Logger.Level.DEBUG, "database busy, retry {0}", attempt);
            } finally {
                writers.unlock();
            }
            sleepQuietly(ThreadLocalRandom.current().nextLong(1, 5L + Math.min(attempt, 20) * 5L));
        }
    }

    /**
     * Explicit BEGIN/COMMIT statements instead of JDBC auto-commit switching: if BEGIN fails (busy), nothing has
     * started and the retry is clean; the driver's auto-commit flag can never disagree with SQLite's state.
     */
    private static <T> T inTransaction(Connection connection, SqlWork<T> work) throws SQLException {
        execute(connection, "BEGIN IMMEDIATE");
        boolean committed = false;
        try {
            T result = work.run(connection);
            execute(connection, "COMMIT");
            committed = true;
            return result;
        } finally {
            if (!committed) {
                rollbackQuietly(connection);
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private <T> T withConnection(SqlWork<T> work) {
        var shared = restoreLock.readLock();
        shared.lock();
        try {
            return onBorrowedConnection(work);
        } finally {
            shared.unlock();
        }
    }

    /**
     * Runs work while no other unit of work of this process runs (used by restore, which replaces the pages
     * under every open connection).
     */
    public <T> T exclusively(SqlWork<T> work) {
        var exclusive = restoreLock.writeLock();
        exclusive.lock();
        try {
            return onBorrowedConnection(work);
        } finally {
            exclusive.unlock();
        }
    }

    private <T> T onBorrowedConnection(SqlWork<T> work) {
        permits.acquireUninterruptibly();
        Connection connection = null;
        try {
            connection = borrow();
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("database operation failed: " + describe(e), e);
        } finally {
            if (connection != null) {
                giveBack(connection);
            }
            permits.release();
        }
    }

    private synchronized Connection borrow() throws SQLException {
        if (!idle.isEmpty()) {
            return idle.removeLast();
        }
        Connection connection = newConnection();
        all.add(connection);
        return connection;
    }

    private synchronized void giveBack(Connection connection) {
        idle.add(connection);
    }

    private Connection newConnection() throws SQLException {
        var config = new SQLiteConfig();
        config.setOpenMode(SQLiteOpenMode.READWRITE);
        config.setOpenMode(SQLiteOpenMode.CREATE);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL: a committed invoice survives power loss, not only a process crash.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
        return config.createConnection("jdbc:sqlite:" + file);
    }

    static boolean isBusy(Throwable cause) {
        if (cause instanceof SQLiteException sqlite) {
            var code = sqlite.getResultCode();
            return code == SQLiteErrorCode.SQLITE_BUSY
                    || code == SQLiteErrorCode.SQLITE_BUSY_SNAPSHOT
                    || code == SQLiteErrorCode.SQLITE_BUSY_RECOVERY
                    || code == SQLiteErrorCode.SQLITE_LOCKED;
        }
        return false;
    }

    private static String describe(SQLException e) {
        return e instanceof SQLiteException sqlite
                ? sqlite.getResultCode().name()
                : e.getClass().getSimpleName();
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            execute(connection, "ROLLBACK");
        } catch (SQLException e) {
            // SQLite already rolled back (some errors end the transaction themselves): nothing left to undo.
            LOG.log(System.Logger.Level.DEBUG, "rollback: {0}", describe(e));
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the database lock", e);
        }
    }

    int poolSize() {
        return poolSize;
    }

    @Override
    public void close() {
        var exclusive = restoreLock.writeLock();
        exclusive.lock();
        try {
            synchronized (this) {
                for (Connection connection : all) {
                    try {
                        connection.close();
                    } catch (SQLException e) {
                        LOG.log(System.Logger.Level.WARNING, "close failed: {0}", describe(e));
                    }
                }
                all.clear();
                idle.clear();
            }
        } finally {
            exclusive.unlock();
        }
    }
}
