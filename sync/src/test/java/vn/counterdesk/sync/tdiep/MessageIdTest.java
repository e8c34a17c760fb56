package vn.counterdesk.sync.tdiep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MessageIdTest {

    @Test
    void newIdsAreTheSenderFollowedBy32UpperCaseHexDigitsOfAVersion4Uuid() {
        MessageId id = MessageId.newFor(new PartyCode("V0107001729001"));

        assertThat(id.value()).hasSize(46).startsWith("V0107001729001").matches("V0107001729001[0-9A-F]{32}");
        assertThat(id.uuid().version()).isEqualTo(4);
        assertThat(id.sender()).isEqualTo(new PartyCode("V0107001729001"));
    }

    @Test
    void parsesTheExamplesOfDecision1271ByTakingTheLast32Characters() {
        MessageId tvan = MessageId.parse("V0107001729001F6CA05C0FAD546FCA237A8E930E7CB49")
                .orElseThrow();
        MessageId authority =
                MessageId.parse("TCTBDE3DA3CB31844988A039A773AFA84BD").orElseThrow();

        assertThat(tvan.sender().value()).isEqualTo("V0107001729001");
        assertThat(tvan.uuid().toString()).isEqualTo("f6ca05c0-fad5-46fc-a237-a8e930e7cb49");
        assertThat(authority.sender()).isEqualTo(PartyCode.TAX_AUTHORITY);
    }

    @Test
    void rejectsLowerCaseShortLongAndUnknownSenders() {
        assertThat(MessageId.parse("TCTbde3da3cb31844988a039a773afa84bd")).isEmpty();
        assertThat(MessageId.parse("TCTBDE3DA3CB31844988A039A773AFA84")).isEmpty();
        assertThat(MessageId.parse("V01070017290012F6CA05C0FAD546FCA237A8E930E7CB49"))
                .isEmpty();
        assertThat(MessageId.parse("XYZBDE3DA3CB31844988A039A773AFA84BD")).isEmpty();
        assertThatThrownBy(() -> new MessageId("nope")).isInstanceOf(IllegalArgumentException.class);
    }
}
