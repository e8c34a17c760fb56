package vn.counterdesk.pcsc;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * PC/SC through the platform library called with the Foreign Function &amp; Memory API. Unlike the
 * JDK's SunPCSC provider it opens a fresh {@code SCardEstablishContext} per {@link PcscContext}
 * (SunPCSC keeps one static context that is dead forever once pcscd restarts) and receives
 * responses into a 64 KiB buffer (SunPCSC's is 8 KiB). Needs {@code --enable-native-access}.
 */
final class NativePcsc implements PcscBackend {

    private static final System.Logger LOG = System.getLogger(NativePcsc.class.getName());

    private static final int SCARD_S_SUCCESS = 0;
    private static final int SCOPE_USER = 0;
    private static final int SHARE_SHARED = 2;
    private static final int PROTOCOL_T0 = 1;
    private static final int PROTOCOL_T1 = 2;
    private static final int LEAVE_CARD = 0;
    /** Largest extended response (65536 data + SW) plus the slack pcsc-lite allows. */
    private static final int RECEIVE_BUFFER = 65548;

    private static final NativePcsc SYSTEM = new NativePcsc();

    private volatile Bindings bindings;

    private NativePcsc() {}

    /** The platform's PC/SC service; the library is loaded on first use and retried until found. */
    static NativePcsc system() {
        return SYSTEM;
    }

    @Override
    public PcscContext establishContext() throws ServiceUnavailableException, PcscException {
        Bindings b = bindings();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(b.abi.handle());
            int rv = b.call(b.establish, b.abi.dwordArg(SCOPE_USER), MemorySegment.NULL, MemorySegment.NULL, out);
            if (rv != SCARD_S_SUCCESS) {
                if (PcscError.of(rv).kind() == PcscError.Kind.SERVICE_LOST) {
                    throw new ServiceUnavailableException(
                            ReaderSnapshot.ServiceProblem.SERVICE_NOT_RUNNING,
                            "SCardEstablishContext: " + PcscException.describe(rv));
                }
                throw new PcscException("SCardEstablishContext", rv);
            }
            return new NativeContext(b, b.abi.readHandle(out));
        }
    }

    @Override
    public boolean recoversWithinProcess() {
        return true;
    }

    @Override
    public String description() {
        Bindings b = bindings;
        return b == null ? "PC/SC (not loaded)" : "PC/SC via " + b.location + " (java.lang.foreign)";
    }

    private Bindings bindings() throws ServiceUnavailableException {
        Bindings b = bindings;
        if (b == null) {
            synchronized (this) {
                b = bindings;
                if (b == null) {
                    b = Bindings.load();
                    bindings = b;
                    LOG.log(System.Logger.Level.INFO, "PC/SC library loaded from {0}", b.location);
                }
            }
        }
        return b;
    }

    /** Method handles for the functions CounterDesk calls, bound once per process. */
    private static final class Bindings {
        final PcscAbi abi;
        final String location;
        final MethodHandle establish;
        final MethodHandle release;
        final MethodHandle listReaders;
        final MethodHandle getStatusChange;
        final MethodHandle connect;
        final MethodHandle disconnect;
        final MethodHandle beginTransaction;
        final MethodHandle endTransaction;
        final MethodHandle transmit;
        final MethodHandle status;
        final MethodHandle cancel;

        private Bindings(PcscAbi abi, PcscLibrary.Loaded library) {
            this.abi = abi;
            this.location = library.location();
            Linker linker = Linker.nativeLinker();
            SymbolLookup lib = library.symbols();
            ValueLayout dw = aligned(abi.dword());
            ValueLayout h = aligned(abi.handle());
            ValueLayout p = ValueLayout.ADDRESS;
            String a = abi.entrySuffix();
            establish = bind(linker, lib, "SCardEstablishContext", dw, dw, p, p, p);
            release = bind(linker, lib, "SCardReleaseContext", dw, h);
            listReaders = bind(linker, lib, "SCardListReaders" + a, dw, h, p, p, p);
            getStatusChange = bind(linker, lib, "SCardGetStatusChange" + a, dw, h, dw, p, dw);
            connect = bind(linker, lib, "SCardConnect" + a, dw, h, p, dw, dw, p, p);
            disconnect = bind(linker, lib, "SCardDisconnect", dw, h, dw);
            beginTransaction = bind(linker, lib, "SCardBeginTransaction", dw, h);
            endTransaction = bind(linker, lib, "SCardEndTransaction", dw, h, dw);
            transmit = bind(linker, lib, "SCardTransmit", dw, h, p, p, dw, p, p, p);
            status = bind(linker, lib, "SCardStatus" + a, dw, h, p, p, p, p, p, p);
            cancel = bind(linker, lib, "SCardCancel", dw, h);
        }

        static Bindings load() throws ServiceUnavailableException {
            Optional<PcscAbi> abi = PcscAbi.forCurrentPlatform();
            if (abi.isEmpty()) {
                throw new ServiceUnavailableException(
                        ReaderSnapshot.ServiceProblem.UNSUPPORTED_PLATFORM,
                        System.getProperty("os.name") + " " + System.getProperty("os.arch"));
            }
            try {
                PcscLibrary.Loaded library = PcscLibrary.load(abi.get().os())
                        .orElseThrow(() -> new ServiceUnavailableException(
                                ReaderSnapshot.ServiceProblem.LIBRARY_MISSING,
                                "no PC/SC library among "
                                        + PcscLibrary.candidates(
                                                abi.get().os(),
                                                System.getProperty(PcscLibrary.LIBRARY_PROPERTY),
                                                System.getProperty("os.arch"))));
                return new Bindings(abi.get(), library);
            } catch (IllegalCallerException e) {
                throw new ServiceUnavailableException(
                        ReaderSnapshot.ServiceProblem.NATIVE_ACCESS_DENIED, e.getMessage(), e);
            } catch (java.util.NoSuchElementException e) {
                throw new ServiceUnavailableException(ReaderSnapshot.ServiceProblem.LIBRARY_MISSING, e.getMessage(), e);
            }
        }

        private static ValueLayout aligned(ValueLayout layout) {
            return layout.withByteAlignment(layout.byteSize());
        }

        private static MethodHandle bind(
                Linker linker, SymbolLookup lib, String name, MemoryLayout result, MemoryLayout... args) {
            MemorySegment symbol = lib.find(name)
                    .orElseThrow(() -> new java.util.NoSuchElementException("PC/SC library lacks " + name));
            return linker.downcallHandle(symbol, FunctionDescriptor.of(result, args));
        }

        int call(MethodHandle handle, Object... args) {
            try {
                return PcscAbi.code(handle.invokeWithArguments(args));
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException("native PC/SC call failed", t);
            }
        }
    }

    private static final class NativeContext implements PcscContext {
        private final Bindings b;
        private final long context;
        private final AtomicBoolean closed = new AtomicBoolean();

        NativeContext(Bindings b, long context) {
            this.b = b;
            this.context = context;
        }

        @Override
        public List<String> listReaders() throws PcscException {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment length = arena.allocate(b.abi.dword());
                for (int attempt = 0; ; attempt++) {
                    b.abi.writeDword(length, 0, 0);
                    int rv = b.call(
                            b.listReaders, b.abi.handleArg(context), MemorySegment.NULL, MemorySegment.NULL, length);
                    if (rv == PcscError.NO_READERS_AVAILABLE.code()) {
                        return List.of();
                    }
                    check("SCardListReaders", rv);
                    long size = b.abi.readDword(length, 0);
                    MemorySegment names = arena.allocate(Math.max(size, 1));
                    rv = b.call(b.listReaders, b.abi.handleArg(context), MemorySegment.NULL, names, length);
                    if (rv == PcscError.NO_READERS_AVAILABLE.code()) {
                        return List.of();
                    }
                    if (rv == PcscError.INSUFFICIENT_BUFFER.code() && attempt < 3) {
                        continue; // a reader was plugged in between the two calls
                    }
                    check("SCardListReaders", rv);
                    return multiString(names.asSlice(0, b.abi.readDword(length, 0)));
                }
            }
        }

        @Override
        public List<ReaderStatus> awaitChange(List<ReaderStatus> known, Duration timeout) throws PcscException {
            if (known.isEmpty()) {
                return List.of();
            }
            PcscAbi abi = b.abi;
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment states = arena.allocate(abi.readerStateSize() * known.size(), 8);
                for (int i = 0; i < known.size(); i++) {
                    MemorySegment entry = states.asSlice(i * abi.readerStateSize(), abi.readerStateSize());
                    entry.set(
                            ValueLayout.ADDRESS_UNALIGNED,
                            0,
                            arena.allocateFrom(known.get(i).reader()));
                    abi.writeDword(
                            entry,
                            abi.currentStateOffset(),
                            Integer.toUnsignedLong(known.get(i).state()));
                }
                long millis = Math.max(0, Math.min(timeout.toMillis(), Integer.MAX_VALUE));
                int rv = b.call(
                        b.getStatusChange,
                        abi.handleArg(context),
                        abi.dwordArg(millis),
                        states,
                        abi.dwordArg(known.size()));
                if (rv == PcscError.TIMEOUT.code()) {
                    return known;
                }
                check("SCardGetStatusChange", rv);
                List<ReaderStatus> result = new ArrayList<>(known.size());
                for (int i = 0; i < known.size(); i++) {
                    MemorySegment entry = states.asSlice(i * abi.readerStateSize(), abi.readerStateSize());
                    int event = (int) abi.readDword(entry, abi.eventStateOffset()) & ~ReaderStatus.STATE_CHANGED;
                    int atrLength = (int) Math.min(abi.readDword(entry, abi.atrLengthOffset()), abi.maxAtr());
                    byte[] atr = entry.asSlice(abi.atrOffset(), atrLength).toArray(ValueLayout.JAVA_BYTE);
                    result.add(new ReaderStatus(known.get(i).reader(), event, new Atr(atr)));
                }
                return result;
            }
        }

        @Override
        public CardConnection connect(String reader) throws PcscException {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment handle = arena.allocate(b.abi.handle());
                MemorySegment protocol = arena.allocate(b.abi.dword());
                int rv = b.call(
                        b.connect,
                        b.abi.handleArg(context),
                        arena.allocateFrom(reader),
                        b.abi.dwordArg(SHARE_SHARED),
                        b.abi.dwordArg(PROTOCOL_T0 | PROTOCOL_T1),
                        handle,
                        protocol);
                check("SCardConnect", rv);
                NativeConnection connection =
                        new NativeConnection(b, b.abi.readHandle(handle), (int) b.abi.readDword(protocol, 0));
                try {
                    connection.readAtr();
                } catch (PcscException e) {
                    connection.disconnect();
                    throw e;
                }
                return connection;
            }
        }

        @Override
        public void cancel() {
            if (!closed.get()) {
                b.call(b.cancel, b.abi.handleArg(context));
            }
        }

        @Override
        public void close() {
            if (closed.compareAndSet(false, true)) {
                b.call(b.release, b.abi.handleArg(context));
            }
        }

        private static List<String> multiString(MemorySegment segment) {
            List<String> names = new ArrayList<>();
            byte[] bytes = segment.toArray(ValueLayout.JAVA_BYTE);
            int start = 0;
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    if (i == start) {
                        break; // the empty string ends the list
                    }
                    names.add(new String(bytes, start, i - start, StandardCharsets.UTF_8));
                    start = i + 1;
                }
            }
            return List.copyOf(names);
        }
    }

    private static final class NativeConnection implements CardConnection {
        private final Bindings b;
        private final long handle;
        private final int protocolCode;
        private Atr atr = new Atr(new byte[0]);

        NativeConnection(Bindings b, long handle, int protocolCode) {
            this.b = b;
            this.handle = handle;
            this.protocolCode = protocolCode;
        }

        @Override
        public CardProtocol protocol() {
            return switch (protocolCode) {
                case PROTOCOL_T0 -> CardProtocol.T0;
                case PROTOCOL_T1 -> CardProtocol.T1;
                default -> CardProtocol.OTHER;
            };
        }

        @Override
        public Atr atr() {
            return atr;
        }

        void readAtr() throws PcscException {
            try (Arena arena = Arena.ofConfined()) {
                atr = new Atr(status(arena));
            }
        }

        private byte[] status(Arena arena) throws PcscException {
            MemorySegment name = arena.allocate(1024);
            MemorySegment nameLength = arena.allocate(b.abi.dword());
            b.abi.writeDword(nameLength, 0, name.byteSize());
            MemorySegment state = arena.allocate(b.abi.dword());
            MemorySegment protocol = arena.allocate(b.abi.dword());
            MemorySegment atrBuffer = arena.allocate(64);
            MemorySegment atrLength = arena.allocate(b.abi.dword());
            b.abi.writeDword(atrLength, 0, atrBuffer.byteSize());
            int rv = b.call(b.status, b.abi.handleArg(handle), name, nameLength, state, protocol, atrBuffer, atrLength);
            check("SCardStatus", rv);
            long length = Math.min(b.abi.readDword(atrLength, 0), atrBuffer.byteSize());
            return atrBuffer.asSlice(0, length).toArray(ValueLayout.JAVA_BYTE);
        }

        @Override
        public byte[] transmit(byte[] command) throws PcscException {
            PcscAbi abi = b.abi;
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment sendPci = arena.allocate(abi.ioRequestSize(), 8);
                abi.writeDword(sendPci, 0, protocolCode);
                abi.writeDword(sendPci, abi.dword().byteSize(), abi.ioRequestSize());
                MemorySegment send = arena.allocate(command.length);
                MemorySegment.copy(command, 0, send, ValueLayout.JAVA_BYTE, 0, command.length);
                MemorySegment receive = arena.allocate(RECEIVE_BUFFER);
                MemorySegment receiveLength = arena.allocate(abi.dword());
                abi.writeDword(receiveLength, 0, RECEIVE_BUFFER);
                int rv = b.call(
                        b.transmit,
                        abi.handleArg(handle),
                        sendPci,
                        send,
                        abi.dwordArg(command.length),
                        MemorySegment.NULL,
                        receive,
                        receiveLength);
                check("SCardTransmit", rv);
                long length = Math.min(abi.readDword(receiveLength, 0), RECEIVE_BUFFER);
                return receive.asSlice(0, length).toArray(ValueLayout.JAVA_BYTE);
            }
        }

        @Override
        public void beginTransaction() throws PcscException {
            check("SCardBeginTransaction", b.call(b.beginTransaction, b.abi.handleArg(handle)));
        }

        @Override
        public void endTransaction() {
            int rv = b.call(b.endTransaction, b.abi.handleArg(handle), b.abi.dwordArg(LEAVE_CARD));
            logIfFailed("SCardEndTransaction", rv);
        }

        @Override
        public boolean isCardPresent() {
            try (Arena arena = Arena.ofConfined()) {
                status(arena);
                return true;
            } catch (PcscException e) {
                return false;
            }
        }

        @Override
        public void disconnect() {
            int rv = b.call(b.disconnect, b.abi.handleArg(handle), b.abi.dwordArg(LEAVE_CARD));
            logIfFailed("SCardDisconnect", rv);
        }

        private static void logIfFailed(String operation, int rv) {
            if (rv != SCARD_S_SUCCESS) {
                // Expected after a removal; the handle is released by the service either way.
                LOG.log(System.Logger.Level.DEBUG, "{0}: {1}", operation, PcscException.describe(rv));
            }
        }
    }

    private static void check(String operation, int rv) throws PcscException {
        if (rv != SCARD_S_SUCCESS) {
            throw new PcscException(operation, rv);
        }
    }
}
