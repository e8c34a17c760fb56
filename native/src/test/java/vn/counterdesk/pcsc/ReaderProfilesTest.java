package vn.counterdesk.pcsc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The shipped reader table and the learning on top of it. */
class ReaderProfilesTest {

    @Test
    void shippedTableKnowsTheVirtualReaderAndTheAcr122() {
        ReaderProfiles profiles = ReaderProfiles.standard();
        assertThat(profiles.capabilities("Virtual PCD 00 00", CardProtocol.T1))
                .isEqualTo(new LinkCapabilities(true, 65533));
        assertThat(profiles.extendedLength("ACS ACR122U PICC Interface 00 00")).isEqualTo(ReaderProfiles.Support.NO);
        assertThat(profiles.capabilities("Some Unknown Reader 00 00", CardProtocol.T1))
                .isEqualTo(LinkCapabilities.shortOnly());
    }

    @Test
    void learningDoesNotOverrideConfiguredFacts() {
        ReaderProfiles profiles = ReaderProfiles.parse("ACR122\tno\t256\ttest\n");
        profiles.learnExtendedLength("ACS ACR122U 00 00", true);
        assertThat(profiles.extendedLength("ACS ACR122U 00 00")).isEqualTo(ReaderProfiles.Support.NO);
        profiles.learnExtendedLength("Other 00 00", true);
        assertThat(profiles.extendedLength("Other 00 00")).isEqualTo(ReaderProfiles.Support.YES);
    }

    @Test
    void malformedTableIsRejectedWithItsLineNumber() {
        assertThatThrownBy(() -> ReaderProfiles.parse("# c\nACR122\tmaybe\t256\tx\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("reader profiles line 2");
        assertThatThrownBy(() -> ReaderProfiles.parse("ACR122\tno\n")).hasMessageContaining("4 columns");
    }
}
