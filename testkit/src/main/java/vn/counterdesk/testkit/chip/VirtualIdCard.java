package vn.counterdesk.testkit.chip;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.UnaryOperator;
import vn.counterdesk.pcsc.ApduResponder;
import vn.counterdesk.pcsc.CardRemovedException;
import vn.counterdesk.pcsc.CommandApdu;
import vn.counterdesk.pcsc.ResponseApdu;

/**
 * A software Vietnamese chip ID card: the card side of ICAO 9303 (eMRTD application, BAC, PACE-GM,
 * 3DES and AES secure messaging, Active and Chip Authentication) over the files of a
 * {@link CardImage}. Status words follow ISO/IEC 7816-4 and the behaviour observed on real cards
 * (cccd-chip.md §3, §11): SELECT of the MF answers 6D00, DG3 is present but refused with 6982,
 * absent data groups answer 6A82.
 *
 * <p>Calls come from one thread at a time (the {@link ApduResponder} contract).
 */
public final class VirtualIdCard implements ApduResponder {

    /** AID of the eMRTD application. */
    public static final byte[] MRTD_AID = HexFormat.of().parseHex("A0000002471001");

    private static final Logger LOG = System.getLogger(VirtualIdCard.class.getName());

    private final CardImage image;
    private final ChipBehaviour behaviour;
    private final ChipRandom random;
    private final BacChip bac;
    private final PaceChip pace;
    private final Optional<ChipAuthenticationChip> chipAuthentication;

    private long apdus;
    private boolean removed;
    private boolean applicationSelected;
    private Optional<ChipFile> currentFile = Optional.empty();
    private Optional<ChipSecureChannel> channel = Optional.empty();
    private Optional<AccessMethod> accessMethod = Optional.empty();
    private Protocol pendingProtocol = Protocol.NONE;
    /** Secure READ BINARY answers sent so far, and the last one as it went on the wire (for a replay). */
    private int secureReads;

    private Optional<ResponseApdu> previousSecureRead = Optional.empty();

    /** How the current session was opened. */
    public enum AccessMethod {
        BAC,
        PACE
    }

    private enum Protocol {
        NONE,
        PACE,
        CHIP_AUTHENTICATION
    }

    public VirtualIdCard(CardImage image) {
        this(image, ChipBehaviour.NORMAL, ChipRandom.secure());
    }

    public VirtualIdCard(CardImage image, ChipBehaviour behaviour, ChipRandom random) {
        this.image = image;
        this.behaviour = behaviour;
        this.random = random;
        this.bac = new BacChip(image.passwords().mrzInformation(), random);
        this.pace = new PaceChip(image.passwords(), random);
        this.chipAuthentication = image.chipAuthenticationKey()
                .map(key -> new ChipAuthenticationChip(key.group(), key.privateKey(), key.keyId()));
    }

    /** The access control that opened the current secure session, if one is open. */
    public Optional<AccessMethod> accessMethod() {
        return channel.isPresent() ? accessMethod : Optional.empty();
    }

    @Override
    public ResponseApdu respond(CommandApdu command) throws CardRemovedException {
        apdus++;
        if (removed
                || (behaviour.removedAfterApdus().isPresent()
                        && apdus > behaviour.removedAfterApdus().getAsInt())) {
            removed = true;
            endSession();
            throw new CardRemovedException("virtual card pulled from the reader");
        }
        ResponseApdu response = process(command);
        behaviour.link().ifPresent(link -> pause(link.costOf(command.encode().length + response.encode().length)));
        return response;
    }

    @Override
    public void reset() {
        applicationSelected = false;
        currentFile = Optional.empty();
        pendingProtocol = Protocol.NONE;
        endSession();
    }

    private ResponseApdu process(CommandApdu command) {
        int cla = command.cla();
        if ((cla & ~0x1C) != 0) {
            return ResponseApdu.of(0x6E00);
        }
        if ((cla & 0x0C) == 0) {
            // A plain command ends any secure session (Doc 9303-11 §9.8.6).
            endSession();
            Execution execution = execute(command);
            execution.next().ifPresent(next -> channel = Optional.of(next));
            return execution.response();
        }
        if (channel.isEmpty()) {
            return ResponseApdu.of(ChipSecureChannel.SW_SM_OBJECTS_MISSING);
        }
        ChipSecureChannel current = channel.get();
        return switch (current.unwrap(command)) {
            case ChipSecureChannel.Unwrapped.Rejected rejected -> {
                LOG.log(Level.DEBUG, "secure messaging check failed for {0}: session closed", command.header());
                endSession();
                yield ResponseApdu.of(rejected.sw());
            }
            case ChipSecureChannel.Unwrapped.Plain plain -> {
                Execution execution = execute(plain.command());
                ResponseApdu wrapped = current.wrap(beforeProtection(plain.command(), execution.response()));
                execution.next().ifPresent(next -> {
                    current.destroy();
                    channel = Optional.of(next);
                });
                yield onTheWire(plain.command(), wrapped);
            }
        };
    }

    /** A plain response and, when a protocol step just completed, the session that follows it. */
    private record Execution(ResponseApdu response, Optional<ChipSecureChannel> next) {
        static Execution of(int sw) {
            return new Execution(ResponseApdu.of(sw), Optional.empty());
        }

        static Execution ok(byte[] data) {
            return new Execution(new ResponseApdu(data, ResponseApdu.SW_OK), Optional.empty());
        }
    }

    private Execution execute(CommandApdu command) {
        return switch (command.ins()) {
            case 0xA4 -> select(command);
            case 0xB0 -> readBinary(command);
            case 0xB1 -> readBinaryOdd(command);
            case 0x84 -> getChallenge(command);
            case 0x82 -> externalAuthenticate(command);
            case 0x22 -> manageSecurityEnvironment(command);
            case 0x86 -> generalAuthenticate(command);
            case 0x88 -> internalAuthenticate(command);
            default -> Execution.of(0x6D00);
        };
    }

    private Execution select(CommandApdu command) {
        byte[] data = command.data();
        switch (command.p1()) {
            case 0x04 -> {
                if (!MessageDigest.isEqual(data, MRTD_AID)) {
                    return Execution.of(0x6A82);
                }
                applicationSelected = true;
                currentFile = Optional.empty();
                return Execution.of(ResponseApdu.SW_OK);
            }
            case 0x02 -> {
                if (data.length != 2) {
                    return Execution.of(0x6700);
                }
                int fid = ((data[0] & 0xFF) << 8) | (data[1] & 0xFF);
                FileLookup lookup = lookup(ChipFile.byFid(fid));
                lookup.file().ifPresent(file -> currentFile = Optional.of(file));
                return Execution.of(lookup.sw());
            }
            case 0x00 -> {
                // Observed on Vietnamese cards: selecting the MF is answered "instruction not supported".
                return Execution.of(0x6D00);
            }
            default -> {
                return Execution.of(0x6A86);
            }
        }
    }

    /** The file a SELECT or SFI read names, or the status word that refuses it. */
    private record FileLookup(Optional<ChipFile> file, int sw) {}

    private FileLookup lookup(Optional<ChipFile> requested) {
        if (requested.isEmpty() || !image.files().containsKey(requested.get())) {
            return new FileLookup(Optional.empty(), 0x6A82);
        }
        ChipFile file = requested.get();
        if (file.inApplication() && !applicationSelected) {
            return new FileLookup(Optional.empty(), 0x6A82);
        }
        if (file.access() != ChipFile.Access.FREE && channel.isEmpty()) {
            return new FileLookup(Optional.empty(), 0x6982);
        }
        return new FileLookup(Optional.of(file), ResponseApdu.SW_OK);
    }

    private Execution readBinary(CommandApdu command) {
        if (command.ne() == 0) {
            return Execution.of(0x6700);
        }
        int offset;
        if ((command.p1() & 0x80) != 0) {
            if ((command.p1() & 0x60) != 0) {
                return Execution.of(0x6A86);
            }
            FileLookup lookup = lookup(ChipFile.bySfi(command.p1() & 0x1F));
            if (lookup.file().isEmpty()) {
                return Execution.of(lookup.sw());
            }
            currentFile = lookup.file();
            offset = command.p2();
        } else {
            offset = (command.p1() << 8) | command.p2();
        }
        return readCurrent(offset, command.ne(), bytes -> bytes);
    }

    /** READ BINARY with odd INS: offset in DO'54', data returned in DO'53' (ISO/IEC 7816-4). */
    private Execution readBinaryOdd(CommandApdu command) {
        if (command.ne() == 0) {
            return Execution.of(0x6700);
        }
        Optional<byte[]> offsetObject =
                Tlv.whole(command.data()).filter(t -> t.tag() == 0x54).map(Tlv::value);
        if (offsetObject.isEmpty() || offsetObject.get().length == 0 || offsetObject.get().length > 3) {
            return Execution.of(0x6A80);
        }
        int fid = (command.p1() << 8) | command.p2();
        if (fid != 0) {
            FileLookup lookup = lookup(ChipFile.byFid(fid));
            if (lookup.file().isEmpty()) {
                return Execution.of(lookup.sw());
            }
            currentFile = lookup.file();
        }
        int offset = new java.math.BigInteger(1, offsetObject.get()).intValue();
        // Leave room for the DO'53' header (tag + up to 3 length bytes) inside Ne.
        int room = command.ne() - (command.ne() > 257 ? 4 : command.ne() > 129 ? 3 : 2);
        return readCurrent(offset, Math.max(room, 1), bytes -> Tlv.encode(0x53, bytes));
    }

    private Execution readCurrent(int offset, int ne, UnaryOperator<byte[]> framing) {
        if (currentFile.isEmpty()) {
            return Execution.of(0x6986); // command not allowed: no current EF
        }
        ChipFile file = currentFile.get();
        if (file.access() == ChipFile.Access.TERMINAL_AUTHENTICATION
                || (file.access() == ChipFile.Access.SESSION && channel.isEmpty())) {
            return Execution.of(0x6982);
        }
        byte[] content = image.files().get(file);
        if (offset >= content.length) {
            return Execution.of(0x6B00); // offset outside the EF
        }
        // Fewer bytes than Ne at the end of the file is normal ISO 7816-4 behaviour with SW 9000.
        return Execution.ok(framing.apply(Arrays.copyOfRange(content, offset, Math.min(content.length, offset + ne))));
    }

    private Execution getChallenge(CommandApdu command) {
        if (command.ne() == 0) {
            return Execution.of(0x6700);
        }
        if (command.ne() != 8) {
            return Execution.of(0x6C08); // wrong Le: exactly 8 bytes are available
        }
        return Execution.ok(bac.challenge());
    }

    private Execution externalAuthenticate(CommandApdu command) {
        return switch (bac.externalAuthenticate(command.data())) {
            case BacChip.Outcome.Authenticated ok -> {
                accessMethod = Optional.of(AccessMethod.BAC);
                yield new Execution(new ResponseApdu(ok.response(), ResponseApdu.SW_OK), Optional.of(ok.channel()));
            }
            case BacChip.Outcome.Refused refused -> Execution.of(refused.sw());
        };
    }

    private Execution manageSecurityEnvironment(CommandApdu command) {
        int p1p2 = (command.p1() << 8) | command.p2();
        pendingProtocol = Protocol.NONE;
        if (p1p2 == 0xC1A4) {
            if (behaviour.paceRefused()) {
                return Execution.of(0x6982);
            }
            return switch (pace.setAuthenticationTemplate(command.data())) {
                case PaceChip.Outcome.Refused refused -> Execution.of(refused.sw());
                default -> {
                    pendingProtocol = Protocol.PACE;
                    yield Execution.of(ResponseApdu.SW_OK);
                }
            };
        }
        if (p1p2 == 0x41A4) {
            if (channel.isEmpty()) {
                return Execution.of(0x6982);
            }
            if (chipAuthentication.isEmpty()) {
                return Execution.of(0x6A80);
            }
            return switch (chipAuthentication.get().setAuthenticationTemplate(command.data())) {
                case ChipAuthenticationChip.Outcome.Refused refused -> Execution.of(refused.sw());
                default -> {
                    pendingProtocol = Protocol.CHIP_AUTHENTICATION;
                    yield Execution.of(ResponseApdu.SW_OK);
                }
            };
        }
        return Execution.of(0x6A86);
    }

    private Execution generalAuthenticate(CommandApdu command) {
        if (command.p1() != 0 || command.p2() != 0) {
            return Execution.of(0x6A86);
        }
        return switch (pendingProtocol) {
            case PACE -> paceStep(command);
            case CHIP_AUTHENTICATION -> chipAuthenticationStep(command);
            case NONE -> Execution.of(0x6985);
        };
    }

    private Execution paceStep(CommandApdu command) {
        return switch (pace.generalAuthenticate(command.data())) {
            case PaceChip.Outcome.Continue next -> Execution.ok(next.response());
            case PaceChip.Outcome.Established done -> {
                pendingProtocol = Protocol.NONE;
                accessMethod = Optional.of(AccessMethod.PACE);
                yield new Execution(new ResponseApdu(done.response(), ResponseApdu.SW_OK), Optional.of(done.channel()));
            }
            case PaceChip.Outcome.Refused refused -> {
                pendingProtocol = Protocol.NONE;
                yield Execution.of(refused.sw());
            }
        };
    }

    private Execution chipAuthenticationStep(CommandApdu command) {
        pendingProtocol = Protocol.NONE;
        if (channel.isEmpty()) {
            return Execution.of(0x6982);
        }
        return switch (chipAuthentication.orElseThrow().generalAuthenticate(command.data())) {
            case ChipAuthenticationChip.Outcome.SwitchKeys keys ->
                new Execution(new ResponseApdu(keys.response(), ResponseApdu.SW_OK), Optional.of(keys.next()));
            case ChipAuthenticationChip.Outcome.Refused refused -> Execution.of(refused.sw());
            case ChipAuthenticationChip.Outcome.Selected selected -> Execution.of(0x6985);
        };
    }

    private Execution internalAuthenticate(CommandApdu command) {
        if (channel.isEmpty()) {
            return Execution.of(0x6982);
        }
        if (image.activeAuthenticationKey().isEmpty()) {
            return Execution.of(0x6D00);
        }
        if (command.data().length != 8 || command.ne() == 0) {
            return Execution.of(0x6700);
        }
        return Execution.ok(image.activeAuthenticationKey().get().sign(command.data(), random));
    }

    private static boolean isRead(CommandApdu command) {
        return command.ins() == 0xB0 || command.ins() == 0xB1;
    }

    /** {@link WireAttack#OVERLONG_RESPONSE}: the extra bytes go inside the protection, so the MAC still holds. */
    private ResponseApdu beforeProtection(CommandApdu command, ResponseApdu plain) {
        if (behaviour.attacks(WireAttack.OVERLONG_RESPONSE) && isRead(command) && plain.data().length > 0) {
            return new ResponseApdu(Arrays.copyOf(plain.data(), plain.data().length + 16), plain.sw());
        }
        return plain;
    }

    /** The attacks on a protected answer: a flipped MAC bit, or the previous answer sent again. */
    private ResponseApdu onTheWire(CommandApdu command, ResponseApdu wrapped) {
        if (!isRead(command)) {
            return wrapped;
        }
        secureReads++;
        ResponseApdu sent = wrapped;
        if (secureReads == 1 && behaviour.attacks(WireAttack.BAD_RESPONSE_MAC)) {
            byte[] data = wrapped.data();
            data[data.length - 1] ^= 0x01; // DO'8E' comes last: this is the MAC's last byte
            sent = new ResponseApdu(data, wrapped.sw());
        }
        if (secureReads == 2 && behaviour.attacks(WireAttack.REPLAYED_RESPONSE)) {
            sent = previousSecureRead.orElse(wrapped);
        }
        previousSecureRead = Optional.of(wrapped);
        return sent;
    }

    private void endSession() {
        channel.ifPresent(ChipSecureChannel::destroy);
        channel = Optional.empty();
        accessMethod = Optional.empty();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
