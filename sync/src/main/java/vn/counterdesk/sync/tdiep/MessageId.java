package vn.counterdesk.sync.tdiep;

import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A message id ({@code MTDiep}): the sender code followed by the 32 upper-case hex digits of a UUID
 * v4 without dashes, at most 46 characters (einvoice.md §7). The sender part has variable length, so
 * the UUID is always the last 32 characters.
 */
public record MessageId(String value) {

    public static final int MAX_LENGTH = 46;
    private static final int UUID_HEX_LENGTH = 32;
    private static final Pattern UUID_HEX = Pattern.compile("[0-9A-F]{32}");

    public MessageId {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not a message id (sender code + 32 upper-case hex digits)");
        }
    }

    /** A fresh id for a message sent by {@code sender}. */
    public static MessageId newFor(PartyCode sender) {
        UUID uuid = UUID.randomUUID();
        String hex = HexFormat.of()
                .withUpperCase()
                .toHexDigits(uuid.getMostSignificantBits())
                .concat(HexFormat.of().withUpperCase().toHexDigits(uuid.getLeastSignificantBits()));
        return new MessageId(sender.value() + hex);
    }

    public static Optional<MessageId> parse(String text) {
        return isWellFormed(text) ? Optional.of(new MessageId(text)) : Optional.empty();
    }

    static boolean isWellFormed(String text) {
        if (text == null || text.length() > MAX_LENGTH || text.length() <= UUID_HEX_LENGTH) {
            return false;
        }
        String sender = text.substring(0, text.length() - UUID_HEX_LENGTH);
        return PartyCode.isWellFormed(sender) && UUID_HEX.matcher(uuidHex(text)).matches();
    }

    private static String uuidHex(String text) {
        return text.substring(text.length() - UUID_HEX_LENGTH);
    }

    /** The sender code in front of the UUID. */
    public PartyCode sender() {
        return new PartyCode(value.substring(0, value.length() - UUID_HEX_LENGTH));
    }

    public UUID uuid() {
        String hex = uuidHex(value).toLowerCase(Locale.ROOT);
        return new UUID(Long.parseUnsignedLong(hex, 0, 16, 16), Long.parseUnsignedLong(hex, 16, 32, 16));
    }

    @Override
    public String toString() {
        return value;
    }
}
