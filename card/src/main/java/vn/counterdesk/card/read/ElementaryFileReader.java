package vn.counterdesk.card.read;

import java.io.ByteArrayOutputStream;
import vn.counterdesk.card.Bytes;
import vn.counterdesk.card.lds.DataGroup;
import vn.counterdesk.card.tlv.Tlv;
import vn.counterdesk.card.tlv.TlvParseException;
import vn.counterdesk.card.tlv.TlvReader;
import vn.counterdesk.card.tlv.TlvWriter;
import vn.counterdesk.pcsc.ApduTransport;
import vn.counterdesk.pcsc.CardIoException;
import vn.counterdesk.pcsc.CommandApdu;
import vn.counterdesk.pcsc.ResponseApdu;

/**
 * Reads LDS files in as few READ BINARY commands as the link allows. The first read asks for a
 * full chunk, which for most files is the whole file; its TLV header gives the file length, and
 * the rest follows in chunks of the largest size the card and reader accept.
 *
 * <p>Chunk size: extended length when the reader reports it, otherwise the largest short read whose
 * secure-messaging response still fits 256 bytes. A card that answers 6700 to an extended read is
 * remembered as short-only for the rest of the session; 6Cxx is retried with the length the card
 * names.
 */
public final class ElementaryFileReader {

    private static final System.Logger LOG = System.getLogger(ElementaryFileReader.class.getName());

    /** Offsets above 15 bits need READ BINARY with odd INS (B1) and an offset data object. */
    private static final int MAX_EVEN_INS_OFFSET = 0x7FFF;
    /** Enough to learn any TLV header (tag ≤ 3 bytes, length ≤ 4 bytes) when a full chunk is refused. */
    private static final int HEADER_PROBE = 8;
    /** Largest file accepted: a CCCD's DG2 is about 20 KB; even fingerprints (DG3) stay far below this. */
    static final int MAX_FILE_BYTES = 1024 * 1024;

    private final ApduTransport session;
    private final int shortChunk;
    private int chunk;
    private long bytesRead;

    /**
     * @param session the secure session
     * @param shortChunk the largest short read under this session's secure messaging
     * @param extendedChunk the largest read when extended length is used; 0 or less to stay short
     */
    public ElementaryFileReader(ApduTransport session, int shortChunk, int extendedChunk) {
        this.session = session;
        this.shortChunk = shortChunk;
        this.chunk = Math.max(shortChunk, extendedChunk);
    }

    /** Current chunk size (after anything learned from the card). */
    public int chunkSize() {
        return chunk;
    }

    public long bytesRead() {
        return bytesRead;
    }

    public FileContent read(DataGroup file, ReadListener listener) throws CardIoException, TlvParseException {
        ResponseApdu select = session.transmit(new CommandApdu(
                0x00, 0xA4, 0x02, 0x0C, new byte[] {(byte) (file.fileId() >> 8), (byte) file.fileId()}));
        if (select.sw() == 0x6A82) {
            return new FileContent.Absent();
        }
        if (select.sw() == 0x6982) {
            return new FileContent.Protected();
        }
        if (!select.isSuccess()) {
            throw new UnexpectedStatusException("SELECT " + file, select.sw());
        }
        byte[] first = readFirstChunk(file);
        if (first.length == 0) {
            return new FileContent.Protected();
        }
        TlvReader.Header header = TlvReader.readHeader(first);
        // In long: a 4-byte length near 2^31 plus the header would overflow an int.
        long declared = (long) header.headerLength() + header.valueLength();
        if (declared > MAX_FILE_BYTES) {
            // A forged header must not make us allocate (or read for minutes) what it declares.
            throw new TlvParseException(file + " declares " + declared + " bytes, more than the " + MAX_FILE_BYTES
                    + " an elementary file may have");
        }
        int total = (int) declared;
        ByteArrayOutputStream content = new ByteArrayOutputStream(Math.min(total, chunk));
        content.write(first, 0, Math.min(first.length, total));
        listener.progress(file, content.size(), total);
        while (content.size() < total) {
            byte[] next = readChunk(file, content.size(), Math.min(chunk, total - content.size()));
            if (next.length == 0) {
                throw new TlvParseException(file + " ends after " + content.size() + " of " + total + " bytes");
            }
            content.write(next, 0, Math.min(next.length, total - content.size()));
            listener.progress(file, content.size(), total);
        }
        bytesRead += total;
        return new FileContent.Read(content.toByteArray());
    }

    private byte[] readFirstChunk(DataGroup file) throws CardIoException, TlvParseException {
        byte[] first = readChunk(file, 0, chunk);
        if (first.length >= 2) {
            try {
                TlvReader.readHeader(first);
                return first;
            } catch (TlvParseException truncatedHeader) {
                // A header longer than what came back: read a few more bytes below.
            }
        }
        if (first.length == 0) {
            return first;
        }
        byte[] more = readChunk(file, first.length, HEADER_PROBE);
        return Bytes.concat(first, more);
    }

    /** One READ BINARY of up to {@code length} bytes at {@code offset}, recovering from 6700 and 6Cxx. */
    private byte[] readChunk(DataGroup file, int offset, int length) throws CardIoException, TlvParseException {
        int ne = length;
        for (int attempt = 0; attempt < 3; attempt++) {
            ResponseApdu response = session.transmit(readBinary(offset, ne));
            int sw = response.sw();
            if (sw == 0x9000 || sw == 0x6282) {
                byte[] data = offset > MAX_EVEN_INS_OFFSET ? unwrapOffsetData(response.data()) : response.data();
                if (data.length > ne) {
                    // More than asked is a broken or hostile chip; silently cutting it would hide that.
                    throw new CardIoException("READ BINARY of " + file + " returned " + data.length
                            + " bytes, more than the " + ne + " asked");
                }
                return data;
            }
            if (sw == 0x6982) {
                return new byte[0];
            }
            if (sw == 0x6700 && ne > shortChunk) {
                // The card (or reader) refused the extended length: stay short from now on.
                LOG.log(System.Logger.Level.DEBUG, "extended read refused (6700); using {0}-byte reads", shortChunk);
                chunk = shortChunk;
                ne = Math.min(ne, shortChunk);
                continue;
            }
            if (sw == 0x6700 && ne > HEADER_PROBE) {
                ne = HEADER_PROBE;
                continue;
            }
            if ((sw & 0xFF00) == 0x6C00 && (sw & 0xFF) != 0) {
                ne = sw & 0xFF;
                continue;
            }
            if (sw == 0x6B00 && offset > 0) {
                return new byte[0]; // offset beyond the end: the caller reports the short file
            }
            throw new UnexpectedStatusException("READ BINARY " + file + " at " + offset, sw);
        }
        throw new UnexpectedStatusException("READ BINARY " + file + " at " + offset + " (retries exhausted)", 0x6700);
    }

    private static CommandApdu readBinary(int offset, int ne) {
        if (offset <= MAX_EVEN_INS_OFFSET) {
            return new CommandApdu(0x00, 0xB0, offset >> 8, offset & 0xFF, ne);
        }
        byte[] offsetObject =
                TlvWriter.encode(0x54, new byte[] {(byte) (offset >> 16), (byte) (offset >> 8), (byte) offset});
        // The response's DO53 wrapper needs up to 4 extra bytes.
        return new CommandApdu(0x00, 0xB1, 0x00, 0x00, offsetObject, Math.min(ne + 4, CommandApdu.MAX_EXTENDED_NE));
    }

    private static byte[] unwrapOffsetData(byte[] response) throws TlvParseException {
        Tlv data = TlvReader.readFirst(response);
        if (data.tag() != 0x53) {
            throw new TlvParseException(String.format("READ BINARY (B1) answer must be tag 53, found %X", data.tag()));
        }
        return data.value();
    }
}
