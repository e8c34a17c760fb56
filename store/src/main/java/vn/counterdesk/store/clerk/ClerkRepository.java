package vn.counterdesk.store.clerk;

import java.time.Clock;
import java.util.Optional;
import vn.counterdesk.store.audit.AccessContext;
import vn.counterdesk.store.audit.AuditLog;
import vn.counterdesk.store.db.Database;
import vn.counterdesk.store.db.Rows;

/** Clerks, their roles and Argon2id password hashes. */
public final class ClerkRepository {
    private final Database database;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final Clock clock;

    public ClerkRepository(Database database, PasswordHasher hasher, AuditLog audit, Clock clock) {
        this.database = database;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates a clerk; empty when the login is taken. */
    public Optional<Clerk> create(AccessContext context, String login, String displayName, Role role, char[] password) {
        String hash = hasher.hash(password); // slow on purpose: outside the write lock
        return database.write(connection -> {
            try (var insert = connection.prepareStatement("INSERT INTO clerks (login, display_name, role,"
                    + " password_hash, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (login) DO NOTHING")) {
                insert.setString(1, login);
                insert.setString(2, displayName);
                insert.setString(3, role.name());
                insert.setString(4, hash);
                insert.setLong(5, clock.millis());
                if (insert.executeUpdate() == 0) {
                    return Optional.<Clerk>empty();
                }
            }
            long id = Rows.lastInsertId(connection);
            audit.append(connection, context, "CLERK_CREATE", "clerk:" + id);
            return Optional.of(new Clerk(id, login, displayName, role));
        });
    }

    /** True once any account exists: a counter without one starts with the set-up of its admin. */
    public boolean anyExists() {
        return database.read(connection -> {
            try (var query = connection.prepareStatement("SELECT EXISTS (SELECT 1 FROM clerks)");
                    var rows = query.executeQuery()) {
                return rows.next() && rows.getInt(1) == 1;
            }
        });
    }

    /** The clerk when login and password match an enabled account. */
    public Optional<Clerk> authenticate(String login, char[] password) {
        Optional<StoredClerk> stored = database.read(connection -> {
            try (var query = connection.prepareStatement(
                    "SELECT id, display_name, role, password_hash FROM clerks" + " WHERE login = ? AND disabled = 0")) {
                query.setString(1, login);
                try (var rows = query.executeQuery()) {
                    return rows.next()
                            ? Optional.of(new StoredClerk(
                                    new Clerk(
                                            rows.getLong(1), login, rows.getString(2), Role.valueOf(rows.getString(3))),
                                    rows.getString(4)))
                            : Optional.<StoredClerk>empty();
                }
            }
        });
        // Argon2 runs outside the pooled connection: it is slow on purpose.
        return stored.filter(s -> hasher.matches(password, s.passwordHash())).map(StoredClerk::clerk);
    }

    private record StoredClerk(Clerk clerk, String passwordHash) {}
}
