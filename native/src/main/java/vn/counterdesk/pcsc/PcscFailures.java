package vn.counterdesk.pcsc;

/**
 * Turns a PC/SC return code met during a card session into the exception the chip layer acts on:
 * the card is gone ({@link CardRemovedException}: removed, reset by another application, mute),
 * the service is gone ({@link ServiceUnavailableException}), or another typed {@link PcscException}
 * carrying its {@link PcscError}.
 */
final class PcscFailures {

    private PcscFailures() {}

    static CardIoException forSession(PcscException e) {
        return switch (e.kind()) {
            case CARD_GONE ->
                new CardRemovedException("card session aborted: " + e.error().constantName(), e);
            case SERVICE_LOST ->
                new ServiceUnavailableException(ReaderSnapshot.ServiceProblem.SERVICE_NOT_RUNNING, e.getMessage(), e);
            default -> e;
        };
    }
}
