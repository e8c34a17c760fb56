package vn.counterdesk.store.clerk;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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
        return check(login, password) instanceof Authentication.Accepted accepted
                ? Optional.of(accepted.clerk())
                : Optional.empty();
    }

    /** Like {@link #authenticate}, but tells a disabled account apart once the password has matched. */
    public Authentication check(String login, char[] password) {
        Optional<StoredClerk> stored = database.read(connection -> {
            try (var query = connection.prepareStatement(
                    "SELECT id, display_name, role, password_hash, disabled FROM clerks WHERE login = ?")) {
                query.setString(1, login);
                try (var rows = query.executeQuery()) {
                    return rows.next()
                            ? Optional.of(new StoredClerk(
                                    new ClerkAccount(
                                            new Clerk(
                                                    rows.getLong(1),
                                                    login,
                                                    rows.getString(2),
                                                    Role.valueOf(rows.getString(3))),
                                            rows.getInt(5) == 0),
                                    rows.getString(4)))
                            : Optional.<StoredClerk>empty();
                }
            }
        });
        // Argon2 runs outside the pooled connection: it is slow on purpose.
        if (stored.isEmpty() || !hasher.matches(password, stored.get().passwordHash())) {
            return new Authentication.Rejected();
        }
        ClerkAccount account = stored.get().account();
        return account.active() ? new Authentication.Accepted(account.clerk()) : new Authentication.Disabled();
    }

    /** Every account, by login. */
    public List<ClerkAccount> list() {
        return database.read(connection -> {
            var accounts = new ArrayList<ClerkAccount>();
            try (var query = connection.prepareStatement(
                            "SELECT id, login, display_name, role, disabled FROM clerks ORDER BY login");
                    var rows = query.executeQuery()) {
                while (rows.next()) {
                    accounts.add(account(rows));
                }
            }
            return accounts;
        });
    }

    /** Gives a clerk another role; an admin cannot demote themself, and the last active admin stays. */
    public AccountChange changeRole(AccessContext admin, String login, Role role) {
        return change(admin, login, (connection, account) -> {
            boolean demotesAdmin = account.clerk().role() == Role.ADMIN && role != Role.ADMIN;
            if (demotesAdmin && isSelf(admin, account)) {
                return Optional.of(new AccountChange.OwnAccount());
            }
            if (demotesAdmin && account.active() && activeAdmins(connection) <= 1) {
                return Optional.of(new AccountChange.LastAdmin());
            }
            update(
                    connection,
                    "UPDATE clerks SET role = ? WHERE id = ?",
                    role.name(),
                    account.clerk().id());
            audit.append(connection, admin, "CLERK_ROLE", subject(account) + " role:" + role.name());
            return Optional.empty();
        });
    }

    /** Enables or disables an account; a disabled clerk cannot sign in. Own account and last admin are refused. */
    public AccountChange setActive(AccessContext admin, String login, boolean active) {
        return change(admin, login, (connection, account) -> {
            if (!active && isSelf(admin, account)) {
                return Optional.of(new AccountChange.OwnAccount());
            }
            if (!active && account.active() && account.clerk().role() == Role.ADMIN && activeAdmins(connection) <= 1) {
                return Optional.of(new AccountChange.LastAdmin());
            }
            update(
                    connection,
                    "UPDATE clerks SET disabled = ? WHERE id = ?",
                    active ? 0 : 1,
                    account.clerk().id());
            audit.append(connection, admin, active ? "CLERK_ENABLE" : "CLERK_DISABLE", subject(account));
            return Optional.empty();
        });
    }

    /** Sets a new password (hashed before the write lock is taken). */
    public AccountChange resetPassword(AccessContext admin, String login, char[] password) {
        String hash = hasher.hash(password);
        return change(admin, login, (connection, account) -> {
            update(
                    connection,
                    "UPDATE clerks SET password_hash = ? WHERE id = ?",
                    hash,
                    account.clerk().id());
            audit.append(connection, admin, "CLERK_PASSWORD_RESET", subject(account));
            return Optional.empty();
        });
    }

    /** Runs a checked change in one write transaction and answers with the account as it is afterwards. */
    private AccountChange change(AccessContext admin, String login, AccountRule rule) {
        return database.write(connection -> {
            Optional<ClerkAccount> before = find(connection, login);
            if (before.isEmpty()) {
                return new AccountChange.NotFound();
            }
            Optional<AccountChange> refused = rule.apply(connection, before.get());
            if (refused.isPresent()) {
                return refused.get();
            }
            return new AccountChange.Done(find(connection, login).orElseThrow());
        });
    }

    private static Optional<ClerkAccount> find(Connection connection, String login) throws SQLException {
        try (var query = connection.prepareStatement(
                "SELECT id, login, display_name, role, disabled FROM clerks WHERE login = ?")) {
            query.setString(1, login);
            try (var rows = query.executeQuery()) {
                return rows.next() ? Optional.of(account(rows)) : Optional.empty();
            }
        }
    }

    private static ClerkAccount account(ResultSet rows) throws SQLException {
        return new ClerkAccount(
                new Clerk(rows.getLong(1), rows.getString(2), rows.getString(3), Role.valueOf(rows.getString(4))),
                rows.getInt(5) == 0);
    }

    private static int activeAdmins(Connection connection) throws SQLException {
        try (var query = connection.prepareStatement(
                        "SELECT COUNT(*) FROM clerks WHERE role = 'ADMIN' AND disabled = 0");
                var rows = query.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void update(Connection connection, String sql, Object value, long id) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            statement.setObject(1, value);
            statement.setLong(2, id);
            statement.executeUpdate();
        }
    }

    private static boolean isSelf(AccessContext admin, ClerkAccount account) {
        return admin.actor().equals(account.clerk().login());
    }

    /** The audit subject names the account by id: logins and names stay out of the log. */
    private static String subject(ClerkAccount account) {
        return "clerk:" + account.clerk().id();
    }

    /** A change's checks and writes; a present value is the refusal (nothing written). */
    @FunctionalInterface
    private interface AccountRule {
        Optional<AccountChange> apply(Connection connection, ClerkAccount account) throws SQLException;
    }

    private record StoredClerk(ClerkAccount account, String passwordHash) {}
}
