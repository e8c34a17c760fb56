package vn.counterdesk.card.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.counterdesk.card.lds.DataGroup;
import vn.counterdesk.card.tlv.TlvParseException;
import vn.counterdesk.card.tlv.TlvWriter;
import vn.counterdesk.pcsc.ApduTransport;
import vn.counterdesk.pcsc.CommandApdu;
import vn.counterdesk.pcsc.LinkCapabilities;
import vn.counterdesk.pcsc.ResponseApdu;

/** Chunking and status-word recovery of READ BINARY, on a plain card that serves one file. */
class ElementaryFileReaderTest {

    /** A card holding DG2 that may refuse extended reads (6700) or ask for an exact Le (6Cxx). */
    static final class FileCard implements ApduTransport {
        final byte[] file;
        final int maxNe;
        final boolean exactLe;
        final List<Integer> requested = new ArrayList<>();

        FileCard(byte[] file, int maxNe, boolean exactLe) {
            this.file = file;
            this.maxNe = maxNe;
            this.exactLe = exactLe;
        }

        @Override
        public ResponseApdu transmit(CommandApdu c) {
            if (c.ins() == 0xA4) {
                return ResponseApdu.of(0x9000);
            }
            requested.add(c.ne());
            int offset = (c.p1() << 8) | c.p2();
            if (c.ne() > maxNe) {
                return ResponseApdu.of(0x6700);
            }
            int available = Math.min(c.ne(), file.length - offset);
            if (exactLe && c.ne() != available) {
                return ResponseApdu.of(0x6C00 | available);
            }
            return new ResponseApdu(Arrays.copyOfRange(file, offset, offset + available), 0x9000);
        }

        @Override
        public LinkCapabilities capabilities() {
            return LinkCapabilities.shortOnly();
        }

        @Override
        public byte[] atr() {
            return new byte[0];
        }

        @Override
        public void close() {}
    }

    private static byte[] file(int valueLength) {
        byte[] value = new byte[valueLength];
        for (int i = 0; i < value.length; i++) {
            value[i] = (byte) i;
        }
        return TlvWriter.encode(0x75, value);
    }

    @Test
    void readsInLargestChunksAndReportsProgress() throws Exception {
        byte[] content = file(1000);
        FileCard card = new FileCard(content, 65536, false);
        List<Integer> progress = new ArrayList<>();

        FileContent read = new ElementaryFileReader(card, 223, 0).read(DataGroup.DG2, new ReadListener() {
            @Override
            public void progress(DataGroup file, int bytesRead, int fileLength) {
                progress.add(bytesRead);
            }
        });

        assertThat(((FileContent.Read) read).bytes()).isEqualTo(content);
        assertThat(card.requested).hasSize(5); // ceil(1004 / 223)
        assertThat(progress).endsWith(content.length);
    }

    @Test
    void fallsBackToShortReadsWhenExtendedLengthIsRefused() throws Exception {
        byte[] content = file(3000);
        FileCard card = new FileCard(content, 256, false);
        ElementaryFileReader reader = new ElementaryFileReader(card, 223, 4000);

        FileContent read = reader.read(DataGroup.DG2, ReadListener.NONE);

        assertThat(((FileContent.Read) read).bytes()).isEqualTo(content);
        assertThat(card.requested.getFirst()).isEqualTo(4000);
        assertThat(reader.chunkSize()).isEqualTo(223);
        assertThat(card.requested.subList(1, card.requested.size())).allMatch(ne -> ne <= 223);
    }

    @Test
    void extendedLengthReadsASmallFileInOneApdu() throws Exception {
        byte[] content = file(3000);
        FileCard card = new FileCard(content, 65536, false);

        new ElementaryFileReader(card, 223, 8000).read(DataGroup.DG2, ReadListener.NONE);

        assertThat(card.requested).hasSize(1);
    }

    @Test
    void honoursWrongLengthCorrection6Cxx() throws Exception {
        byte[] content = file(100);
        FileCard card = new FileCard(content, 256, true);

        FileContent read = new ElementaryFileReader(card, 223, 0).read(DataGroup.DG2, ReadListener.NONE);

        assertThat(((FileContent.Read) read).bytes()).isEqualTo(content);
        assertThat(card.requested).containsExactly(223, content.length);
    }

    @Test
    void fileShorterThanItsTlvIsMalformed() {
        byte[] truncated = Arrays.copyOf(file(500), 300);
        FileCard card = new FileCard(truncated, 256, false);

        assertThatThrownBy(() -> new ElementaryFileReader(card, 223, 0).read(DataGroup.DG2, ReadListener.NONE))
                .isInstanceOf(TlvParseException.class);
    }
}
