package vn.counterdesk.pcsc;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Optional;

/**
 * The binary shape of the PC/SC API on one platform. The same C prototypes compile to different
 * layouts: pcsc-lite on 64-bit Linux declares DWORD and SCARDCONTEXT as {@code long} (8 bytes);
 * WinSCard uses 32-bit DWORDs with pointer-sized handles and ANSI entry points suffixed "A"; the
 * macOS framework uses 32-bit types throughout and packs SCARD_READERSTATE to 1 byte.
 *
 * @param dword layout of DWORD (and LONG return values)
 * @param handle layout of SCARDCONTEXT / SCARDHANDLE
 * @param readerStateSize sizeof(SCARD_READERSTATE), the array stride
 * @param atrOffset offset of {@code rgbAtr} inside SCARD_READERSTATE
 * @param maxAtr size of {@code rgbAtr}
 * @param entrySuffix suffix of the string-taking functions ("A" on Windows)
 */
record PcscAbi(
        OperatingSystem os,
        ValueLayout dword,
        ValueLayout handle,
        long readerStateSize,
        long currentStateOffset,
        long eventStateOffset,
        long atrLengthOffset,
        long atrOffset,
        int maxAtr,
        String entrySuffix) {

    static Optional<PcscAbi> forCurrentPlatform() {
        if (ValueLayout.ADDRESS.byteSize() != 8) {
            return Optional.empty(); // JDK 25 ships only 64-bit builds; no 32-bit layouts here
        }
        return switch (OperatingSystem.current()) {
            case LINUX ->
                Optional.of(new PcscAbi(
                        OperatingSystem.LINUX,
                        ValueLayout.JAVA_LONG_UNALIGNED,
                        ValueLayout.JAVA_LONG_UNALIGNED,
                        80, // 8 ptr + 8 ptr + 3 x 8 DWORD + 33 ATR, padded to 8
                        16,
                        24,
                        32,
                        40,
                        33,
                        ""));
            case WINDOWS ->
                Optional.of(new PcscAbi(
                        OperatingSystem.WINDOWS,
                        ValueLayout.JAVA_INT_UNALIGNED,
                        ValueLayout.JAVA_LONG_UNALIGNED,
                        64, // 8 + 8 + 3 x 4 + 36 ATR
                        16,
                        20,
                        24,
                        28,
                        36,
                        "A"));
            case MACOS ->
                Optional.of(new PcscAbi(
                        OperatingSystem.MACOS,
                        ValueLayout.JAVA_INT_UNALIGNED,
                        ValueLayout.JAVA_INT_UNALIGNED,
                        61, // #pragma pack(1): 8 + 8 + 3 x 4 + 33
                        16,
                        20,
                        24,
                        28,
                        33,
                        ""));
            case OTHER -> Optional.empty();
        };
    }

    /** sizeof(SCARD_IO_REQUEST) = two DWORDs. */
    long ioRequestSize() {
        return 2 * dword.byteSize();
    }

    /** A Java value of the DWORD carrier type, for a downcall argument. */
    Object dwordArg(long value) {
        return dword.carrier() == long.class ? (Object) value : (Object) (int) value;
    }

    Object handleArg(long value) {
        return handle.carrier() == long.class ? (Object) value : (Object) (int) value;
    }

    long readDword(MemorySegment segment, long offset) {
        return dword.carrier() == long.class
                ? segment.get((ValueLayout.OfLong) dword, offset)
                : Integer.toUnsignedLong(segment.get((ValueLayout.OfInt) dword, offset));
    }

    void writeDword(MemorySegment segment, long offset, long value) {
        if (dword.carrier() == long.class) {
            segment.set((ValueLayout.OfLong) dword, offset, value);
        } else {
            segment.set((ValueLayout.OfInt) dword, offset, (int) value);
        }
    }

    long readHandle(MemorySegment segment) {
        return handle.carrier() == long.class
                ? segment.get((ValueLayout.OfLong) handle, 0)
                : segment.get((ValueLayout.OfInt) handle, 0);
    }

    /** The return value (LONG) as the 32-bit PC/SC code; pcsc-lite returns it sign-less in a long. */
    static int code(Object returned) {
        return ((Number) returned).intValue();
    }
}
