package vn.counterdesk.pcsc;

import java.util.Locale;

/**
 * Chooses the PC/SC binding: the direct one ({@link NativePcsc}, default) or the JDK's
 * {@code javax.smartcardio} with {@code -Dcounterdesk.pcsc.provider=jdk}.
 */
final class PcscBackends {

    static final String PROPERTY = "counterdesk.pcsc.provider";

    private PcscBackends() {}

    static PcscBackend configured() {
        return forName(System.getProperty(PROPERTY, "native"));
    }

    static PcscBackend forName(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "jdk", "sunpcsc", "javax.smartcardio" -> Holder.JDK;
            default -> NativePcsc.system();
        };
    }

    private static final class Holder {
        static final PcscBackend JDK = new JdkSmartcardioPcsc();
    }
}
