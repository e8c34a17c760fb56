package vn.counterdesk.card.read;

/** What selecting and reading one elementary file gave. */
public sealed interface FileContent {

    /** The file's bytes, exactly as stored (trailing bytes beyond the TLV are not read). */
    record Read(byte[] bytes) implements FileContent {
        public Read {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
    }

    /** SELECT answered 6A82: the chip has no such file. */
    record Absent() implements FileContent {}

    /** SELECT or READ answered 6982: the file needs rights we do not have (DG3 without EAC). */
    record Protected() implements FileContent {}
}
