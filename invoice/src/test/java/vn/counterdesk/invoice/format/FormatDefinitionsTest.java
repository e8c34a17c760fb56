package vn.counterdesk.invoice.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormatDefinitionsTest {

    @Test
    void theVersionInForceIsChosenByIssueDate() {
        assertThat(FormatDefinitions.forIssueDate(LocalDate.of(2026, 11, 27))).contains(FormatDefinitions.V2_1_0);
        assertThat(FormatDefinitions.forIssueDate(LocalDate.of(2025, 6, 1))).contains(FormatDefinitions.V2_1_0);
        assertThat(FormatDefinitions.forIssueDate(LocalDate.of(2025, 5, 31))).contains(FormatDefinitions.V2_0_1);
        assertThat(FormatDefinitions.forIssueDate(LocalDate.of(2022, 1, 10))).contains(FormatDefinitions.V2_0_0);
        assertThat(FormatDefinitions.forIssueDate(LocalDate.of(2020, 1, 1))).isEmpty();
    }

    @Test
    void versionsDifferOnlyWhereTheRegulationsDo() {
        assertThat(FormatDefinitions.V2_1_0.rule("DLHDon", "TTChung", "HDCTTChinh"))
                .isPresent();
        assertThat(FormatDefinitions.V2_0_1.rule("DLHDon", "TTChung", "HDCTTChinh"))
                .isEmpty();
        assertThat(FormatDefinitions.V2_1_0
                        .rule("DLHDon", "TTChung", "HTTToan")
                        .orElseThrow()
                        .presence())
                .isEqualTo(Presence.REQUIRED);
        assertThat(FormatDefinitions.V2_0_0
                        .rule("DLHDon", "TTChung", "HTTToan")
                        .orElseThrow()
                        .presence())
                .isEqualTo(Presence.OPTIONAL);
        assertThat(FormatDefinitions.V2_1_0.codes().lineNatures()).contains(5);
        assertThat(FormatDefinitions.V2_0_1.codes().lineNatures()).doesNotContain(5);
        assertThat(FormatDefinitions.V2_1_0
                        .rule("DLHDon", "NDHDon", "NMua", "CCCDan")
                        .orElseThrow()
                        .maxLength())
                .isEqualTo(12);
    }

    @Test
    void onlyTheCurrentVersionIsWritable() {
        assertThat(FormatDefinitions.V2_1_0.schemaResource()).isPresent();
        assertThat(FormatDefinitions.V2_0_0.schemaResource()).isEmpty();
        assertThat(FormatDefinitions.byVersion("2.0.1")).contains(FormatDefinitions.V2_0_1);
        assertThat(FormatDefinitions.byVersion("1.0.0")).isEmpty();
    }
}
