package vn.counterdesk.pcsc;

import java.util.Locale;

/** The operating systems whose PC/SC flavours CounterDesk knows. */
public enum OperatingSystem {
    LINUX,
    WINDOWS,
    MACOS,
    OTHER;

    public static OperatingSystem current() {
        return of(System.getProperty("os.name", ""));
    }

    static OperatingSystem of(String osName) {
        String name = osName.toLowerCase(Locale.ROOT);
        if (name.startsWith("linux")) {
            return LINUX;
        }
        if (name.startsWith("windows")) {
            return WINDOWS;
        }
        if (name.startsWith("mac") || name.startsWith("darwin")) {
            return MACOS;
        }
        return OTHER;
    }
}
