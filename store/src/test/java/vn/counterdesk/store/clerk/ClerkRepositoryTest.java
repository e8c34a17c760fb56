package vn.counterdesk.store.clerk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
}
