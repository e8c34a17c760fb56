package vn.counterdesk.testkit.vpcd;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import vn.counterdesk.pcsc.ApduResponder;
import vn.counterdesk.pcsc.CardRemovedException;
import vn.counterdesk.pcsc.CommandApdu;
import vn.counterdesk.pcsc.ResponseApdu;

/**
 * The card side ("vicc") of the vsmartcard vpcd protocol: connects to the vpcd driver inside pcscd
 * and answers its requests with a software card, so that the card appears in the real "Virtual PCD"
 * reader. Every message is a 2-byte big-endian length followed by the payload; one-byte payloads
 * are control codes (0 power off, 1 power on, 2 reset, 4 get ATR), anything else is an APDU.
 *
 * <p>Closing the socket is how a card leaves the reader: {@link #remove()} does that, and so does
 * a card that throws {@link CardRemovedException}.
 */
public final class VpcdBridge implements AutoCloseable {

    /** Default TCP port of "Virtual PCD 00 00"; slot 1 listens on 35964. */
    public static final int DEFAULT_PORT = 35963;

    private static final int POWER_OFF = 0x00;
    private static final int POWER_ON = 0x01;
    private static final int RESET = 0x02;
    private static final int GET_ATR = 0x04;

    /**
     * The frame length is 16 bits, so a response APDU (data ‖ SW) cannot exceed 65535 bytes: at most
     * 65533 data bytes reach pcscd. A longer answer would wrap the length and eject the card.
     */
    public static final int MAX_RESPONSE_DATA = 0xFFFF - 2;

    private static final System.Logger LOG = System.getLogger(VpcdBridge.class.getName());

    private final ApduResponder card;
    private final Socket socket;
    private final Thread worker;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final AtomicLong apduCount = new AtomicLong();
    private volatile boolean removing;

    private VpcdBridge(ApduResponder card, Socket socket) {
        this.card = card;
        this.socket = socket;
        this.worker = Thread.ofPlatform()
                .daemon()
                .name("vpcd-bridge-" + socket.getPort())
                .unstarted(this::serve);
    }

    /** Inserts {@code card} into the vpcd reader listening on {@code host:port}. */
    public static VpcdBridge insert(ApduResponder card, String host, int port) throws IOException {
        Socket socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(host, port), 2000);
        VpcdBridge bridge = new VpcdBridge(card, socket);
        bridge.worker.start();
        return bridge;
    }

    /** Inserts {@code card} into "Virtual PCD 00 00" on this machine. */
    public static VpcdBridge insert(ApduResponder card) throws IOException {
        return insert(card, "127.0.0.1", DEFAULT_PORT);
    }

    /** Takes the card out of the reader: pcscd sees the removal on its next presence poll. */
    public void remove() {
        removing = true;
        try {
            socket.close();
        } catch (IOException ignored) {
            // Already closed: the card is out either way.
        }
        awaitFinished(2, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        remove();
    }

    /** True while the card sits in the reader. */
    public boolean isInserted() {
        return finished.getCount() > 0;
    }

    /** APDUs answered so far (control messages not counted). */
    public long apduCount() {
        return apduCount.get();
    }

    /** Waits until the bridge has stopped (card removed by either side). */
    public boolean awaitFinished(long timeout, TimeUnit unit) {
        try {
            return finished.await(timeout, unit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void serve() {
        try (socket;
                DataInputStream in = new DataInputStream(socket.getInputStream());
                DataOutputStream out = new DataOutputStream(socket.getOutputStream())) {
            while (true) {
                int length = in.readUnsignedShort();
                byte[] payload = in.readNBytes(length);
                if (payload.length != length) {
                    throw new EOFException("vpcd closed the connection");
                }
                if (length == 1) {
                    handleControl(payload[0] & 0xFF, out);
                } else {
                    write(out, fitFrame(answer(payload)).encode());
                    apduCount.incrementAndGet();
                }
            }
        } catch (CardRemovedException e) {
            // The software card asked to leave the reader: closing the socket is the removal.
        } catch (EOFException e) {
            // vpcd closed the link (pcscd stopped or the driver unloaded): the reader is gone.
        } catch (IOException e) {
            if (!removing && !socket.isClosed()) {
                LOG.log(System.Logger.Level.WARNING, "vpcd link failed: {0}", e.toString());
            }
        } finally {
            finished.countDown();
        }
    }

    private ResponseApdu answer(byte[] payload) throws CardRemovedException {
        CommandApdu command;
        try {
            command = CommandApdu.parse(payload);
        } catch (IllegalArgumentException e) {
            return ResponseApdu.of(0x6700); // wrong length: what a card says to a malformed APDU
        }
        return card.respond(command);
    }

    private static ResponseApdu fitFrame(ResponseApdu response) {
        if (response.data().length <= MAX_RESPONSE_DATA) {
            return response;
        }
        LOG.log(System.Logger.Level.WARNING, "software card answered more than vpcd can carry; sending 6F00");
        return ResponseApdu.of(0x6F00); // "no precise diagnosis": the card-side fault, honestly reported
    }

    private void handleControl(int code, DataOutputStream out) throws IOException {
        switch (code) {
            case POWER_ON, RESET -> card.reset();
            case GET_ATR -> write(out, card.atr());
            case POWER_OFF -> {
                // Nothing to answer; volatile state is cleared at the next power on.
            }
            default -> {
                // Unknown control code: vpcd expects no answer.
            }
        }
    }

    private static void write(DataOutputStream out, byte[] payload) throws IOException {
        out.writeShort(payload.length);
        out.write(payload);
        out.flush();
    }
}
