package vn.counterdesk.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AppLogTest {

    private static final System.Logger LOG = System.getLogger("vn.counterdesk.app.service.AppLogTest");

    @Test
    void capturesTheAppsLogWithIdNumberLengthDigitRunsMaskedAndThrowablesByTypeOnly() {
        AppLog log = AppLog.shared();

        LOG.log(System.Logger.Level.INFO, "lookup of {0} done", "001090012345");
        LOG.log(System.Logger.Level.WARNING, "failed", new IllegalStateException("Nguyễn Văn An"));

        assertThat(log.lines())
                .anySatisfy(line ->
                        assertThat(line).contains("lookup of ######### done").doesNotContain("001090012345"));
        assertThat(log.lines()).anySatisfy(line -> assertThat(line).contains("[java.lang.IllegalStateException]"));
        assertThat(String.join("\n", log.lines())).doesNotContain("Nguyễn Văn An");
    }
}
