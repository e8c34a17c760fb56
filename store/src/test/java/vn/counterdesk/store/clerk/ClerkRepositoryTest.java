package vn.counterdesk.store.clerk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.counterdesk.store.audit.AccessContext;
import vn.counterdesk.store.audit.AuditEntry;
import vn.counterdesk.store.audit.ChainVerification;
import vn.counterdesk.store.support.Samples;
import vn.counterdesk.store.support.TestStores;

class ClerkRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void clerksLogInWithTheirPasswordOnly() throws Exception {
        var file = dir.resolve("c.db");
        try (var store = TestStores.openOrFail(file)) {
            assertThat(store.clerks().anyExists())
                    .as("a new store has no account")
                    .isFalse();
            var created =
                    store.clerks().create(Samples.CLERK, "lan", "Phạm Thị Lan", Role.MANAGER, "s3cret!".toCharArray());
            assertThat(created).isPresent();
            assertThat(store.clerks().anyExists()).isTrue();
            assertThat(store.clerks().create(Samples.CLERK, "lan", "Other", Role.CLERK, "x".toCharArray()))
                    .isEmpty();
            assertThat(store.clerks().authenticate("lan", "s3cret!".toCharArray()))
                    .hasValueSatisfying(clerk -> assertThat(clerk.role()).isEqualTo(Role.MANAGER));
            assertThat(store.clerks().authenticate("lan", "S3cret!".toCharArray()))
                    .isEmpty();
            assertThat(store.clerks().authenticate("nobody", "s3cret!".toCharArray()))
                    .isEmpty();
        }
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                var rows = connection.createStatement().executeQuery("SELECT password_hash FROM clerks")) {
            rows.next();
            assertThat(rows.getString(1))
                    .startsWith("$argon2id$v=19$m=19456,t=2,p=1$")
                    .doesNotContain("s3cret");
        }
    }

    private static final AccessContext BOSS = new AccessContext("boss", "clerk accounts");

    @Test
    void aDisabledClerkCannotSignInUntilEnabledAgain() throws Exception {
        try (var store = TestStores.openOrFail(dir.resolve("d.db"))) {
            var clerks = store.clerks();
            clerks.create(BOSS, "boss", "Admin Boss", Role.ADMIN, "boss-password".toCharArray());
            clerks.create(BOSS, "lan", "Phạm Thị Lan", Role.CLERK, "lan-password".toCharArray());

            assertThat(clerks.setActive(BOSS, "lan", false))
                    .isInstanceOfSatisfying(
                            AccountChange.Done.class,
                            done -> assertThat(done.account().active()).isFalse());
            assertThat(clerks.authenticate("lan", "lan-password".toCharArray())).isEmpty();
            assertThat(clerks.check("lan", "lan-password".toCharArray()))
                    .as("the right password learns that the account is disabled")
                    .isInstanceOf(Authentication.Disabled.class);
            assertThat(clerks.check("lan", "wrong-password".toCharArray()))
                    .as("a wrong password learns nothing about the account")
                    .isInstanceOf(Authentication.Rejected.class);
            assertThat(clerks.list())
                    .extracting(a -> a.clerk().login(), ClerkAccount::active)
                    .containsExactly(tuple("boss", true), tuple("lan", false));

            clerks.setActive(BOSS, "lan", true);
            assertThat(clerks.authenticate("lan", "lan-password".toCharArray())).isPresent();
            assertThat(clerks.setActive(BOSS, "nobody", false)).isInstanceOf(AccountChange.NotFound.class);
        }
    }

    @Test
    void theLastActiveAdminAndTheAdminsOwnAccountAreProtected() throws Exception {
        try (var store = TestStores.openOrFail(dir.resolve("a.db"))) {
            var clerks = store.clerks();
            clerks.create(BOSS, "boss", "Admin Boss", Role.ADMIN, "boss-password".toCharArray());
            clerks.create(BOSS, "minh", "Lê Văn Minh", Role.ADMIN, "minh-password".toCharArray());
            var minh = new AccessContext("minh", "clerk accounts");

            assertThat(clerks.setActive(BOSS, "boss", false)).isInstanceOf(AccountChange.OwnAccount.class);
            assertThat(clerks.changeRole(BOSS, "boss", Role.CLERK)).isInstanceOf(AccountChange.OwnAccount.class);

            assertThat(clerks.changeRole(minh, "boss", Role.MANAGER)).isInstanceOf(AccountChange.Done.class);
            // boss is now the only other account; minh, the last active admin, cannot be removed by anyone.
            assertThat(clerks.changeRole(BOSS, "minh", Role.CLERK)).isInstanceOf(AccountChange.LastAdmin.class);
            assertThat(clerks.setActive(BOSS, "minh", false)).isInstanceOf(AccountChange.LastAdmin.class);
            assertThat(clerks.authenticate("minh", "minh-password".toCharArray()))
                    .hasValueSatisfying(clerk -> assertThat(clerk.role()).isEqualTo(Role.ADMIN));
            assertThat(clerks.authenticate("boss", "boss-password".toCharArray()))
                    .hasValueSatisfying(clerk -> assertThat(clerk.role()).isEqualTo(Role.MANAGER));
        }
    }

    @Test
    void everyAccountChangeWritesAnAuditRowNamingWhoChangedWhom() throws Exception {
        try (var store = TestStores.openOrFail(dir.resolve("audit.db"))) {
            var clerks = store.clerks();
            clerks.create(BOSS, "boss", "Admin Boss", Role.ADMIN, "boss-password".toCharArray());
            long lan = clerks.create(BOSS, "lan", "Phạm Thị Lan", Role.CLERK, "lan-password".toCharArray())
                    .orElseThrow()
                    .id();

            clerks.changeRole(BOSS, "lan", Role.MANAGER);
            clerks.resetPassword(BOSS, "lan", "new-lan-password".toCharArray());
            clerks.setActive(BOSS, "lan", false);
            clerks.setActive(BOSS, "lan", true);
            clerks.setActive(BOSS, "boss", false); // refused: writes nothing

            assertThat(store.audit().latest(5))
                    .extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::subject)
                    .containsExactly(
                            tuple("boss", "CLERK_ENABLE", "clerk:" + lan),
                            tuple("boss", "CLERK_DISABLE", "clerk:" + lan),
                            tuple("boss", "CLERK_PASSWORD_RESET", "clerk:" + lan),
                            tuple("boss", "CLERK_ROLE", "clerk:" + lan + " role:MANAGER"),
                            tuple("boss", "CLERK_CREATE", "clerk:" + lan));
            assertThat(store.audit().verify()).isInstanceOf(ChainVerification.Intact.class);
            assertThat(clerks.authenticate("lan", "lan-password".toCharArray())).isEmpty();
            assertThat(clerks.authenticate("lan", "new-lan-password".toCharArray()))
                    .isPresent();
        }
    }
}
