package vn.counterdesk.card.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The renewal-age table of spec §7.3. */
class ExpiryDerivationTest {

    @ParameterizedTest
    @CsvSource({
        "2000-04-27, 2021-03-10, 2025-04-27",
        "1990-01-15, 2021-05-10, 2030-01-15",
        "1998-08-20, 2021-09-01, 2038-08-20",
        "1963-12-01, 2021-04-01, 2023-12-01",
        "1962-03-03, 2021-04-01, LIFETIME",
        "2015-02-10, 2024-09-01, 2029-02-10"
    })
    void derivesExpiryFromBirthAndIssue(String birth, String issue, String expected) {
        Optional<LocalDate> expiry = ExpiryDerivation.derive(LocalDate.parse(birth), LocalDate.parse(issue));

        if (expected.equals("LIFETIME")) {
            assertThat(expiry).isEmpty();
        } else {
            assertThat(expiry).contains(LocalDate.parse(expected));
        }
    }

    @Test
    void boundaryIssueDateTriesBothSidesOfTheWindow() {
        assertThat(ExpiryDerivation.bacCandidates(LocalDate.of(1998, 8, 20), LocalDate.of(2021, 8, 20), 3))
                .startsWith("380820", "230820");
    }

    @Test
    void lifetimeCardUsesTheMarkerAndItsNeighbour() {
        assertThat(ExpiryDerivation.bacCandidates(LocalDate.of(1962, 3, 3), LocalDate.of(2021, 4, 1), 3))
                .containsExactly("991231", "220303");
    }

    @Test
    void olderHolderAlsoTriesTheLifetimeMarker() {
        assertThat(ExpiryDerivation.bacCandidates(LocalDate.of(1964, 6, 1), LocalDate.of(2021, 4, 1), 3))
                .contains("240601")
                .contains("991231")
                .hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void leapDayBirthTriesTheFirstOfMarch() {
        assertThat(ExpiryDerivation.bacCandidates(LocalDate.of(2000, 2, 29), LocalDate.of(2018, 5, 1), 3))
                .containsSubsequence("250228", "250301")
                .doesNotHaveDuplicates();
    }

    @Test
    void attemptsAreCapped() {
        assertThat(ExpiryDerivation.bacCandidates(LocalDate.of(1964, 2, 29), LocalDate.of(2021, 12, 1), 2))
                .hasSize(2);
    }
}
