package vn.counterdesk.pcsc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PC/SC return codes → table entry → what a card session throws (pcsc.md §2.13). */
class PcscErrorMappingTest {

    @ParameterizedTest
    @CsvSource({
        "8010001D, NO_SERVICE,           SCARD_E_NO_SERVICE,           SERVICE_LOST,      ServiceUnavailableException",
        "8010001E, SERVICE_STOPPED,      SCARD_E_SERVICE_STOPPED,      SERVICE_LOST,      ServiceUnavailableException",
        "80100003, INVALID_HANDLE,       SCARD_E_INVALID_HANDLE,       SERVICE_LOST,      ServiceUnavailableException",
        "8010002E, NO_READERS_AVAILABLE, SCARD_E_NO_READERS_AVAILABLE, NO_READERS,        PcscException",
        "80100069, REMOVED_CARD,         SCARD_W_REMOVED_CARD,         CARD_GONE,         CardRemovedException",
        "80100068, RESET_CARD,           SCARD_W_RESET_CARD,           CARD_GONE,         CardRemovedException",
        "80100066, UNRESPONSIVE_CARD,    SCARD_W_UNRESPONSIVE_CARD,    CARD_GONE,         CardRemovedException",
        "8010000C, NO_SMARTCARD,         SCARD_E_NO_SMARTCARD,         CARD_GONE,         CardRemovedException",
        "8010000B, SHARING_VIOLATION,    SCARD_E_SHARING_VIOLATION,    CARD_IN_USE,       PcscException",
        "8010000A, TIMEOUT,              SCARD_E_TIMEOUT,              TIMEOUT,           PcscException",
        "80100016, NOT_TRANSACTED,       SCARD_E_NOT_TRANSACTED,       TRANSPORT_FAILURE, PcscException",
        "80100009, UNKNOWN_READER,       SCARD_E_UNKNOWN_READER,       READER_GONE,       PcscException",
        "80100017, READER_UNAVAILABLE,   SCARD_E_READER_UNAVAILABLE,   READER_GONE,       PcscException",
        "80100008, INSUFFICIENT_BUFFER,  SCARD_E_INSUFFICIENT_BUFFER,  LINK_LIMIT,        PcscException",
    })
    void codeMapsToItsEntryKindAndSessionException(
            String hex, PcscError error, String constant, PcscError.Kind kind, String exception) {
        int code = Integer.parseUnsignedInt(hex, 16);
        PcscException raw = new PcscException("SCardTransmit", code);

        assertThat(PcscError.of(code)).isEqualTo(error);
        assertThat(error.code()).isEqualTo(code);
        assertThat(error.constantName()).isEqualTo(constant);
        assertThat(raw.kind()).isEqualTo(kind);
        assertThat(raw.getMessage()).isEqualTo("SCardTransmit failed: " + constant + " (0x" + hex + ")");
        CardIoException mapped = PcscFailures.forSession(raw);
        assertThat(mapped.getClass().getSimpleName()).isEqualTo(exception);
        if (mapped != raw) {
            assertThat(mapped.getCause()).isSameAs(raw);
        }
    }

    @ParameterizedTest
    @CsvSource({"80100099", "00000001", "C0000001"})
    void unknownCodeKeepsItsRawValue(String hex) {
        int code = Integer.parseUnsignedInt(hex, 16);
        PcscException e = new PcscException("SCardConnect", code);
        assertThat(e.error()).isEqualTo(PcscError.UNKNOWN);
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.getMessage()).contains("0x" + hex);
        assertThat(PcscFailures.forSession(e)).isSameAs(e);
    }
}
