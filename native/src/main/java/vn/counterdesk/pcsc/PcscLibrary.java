package vn.counterdesk.pcsc;

import java.lang.foreign.Arena;
import java.lang.foreign.SymbolLookup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the platform PC/SC library. Linux follows the JDK's own rules (JDK-8009550): the
 * {@code sun.security.smartcardio.library} property first, then the dynamic linker's search, then
 * the usual lib directories with the suffixes {@code .1}, {@code .0} and none, so that the runtime
 * package (libpcsclite1) suffices without the -dev symlink.
 */
final class PcscLibrary {

    static final String LIBRARY_PROPERTY = "sun.security.smartcardio.library";

    private static final String MACOS_FRAMEWORK = "/System/Library/Frameworks/PCSC.framework/PCSC";

    private PcscLibrary() {}

    /** The library, loaded for the life of the process, and the name it was found under. */
    record Loaded(SymbolLookup symbols, String location) {}

    static Optional<Loaded> load(OperatingSystem os) {
        for (String candidate : candidates(os, System.getProperty(LIBRARY_PROPERTY), System.getProperty("os.arch"))) {
            try {
                return Optional.of(new Loaded(SymbolLookup.libraryLookup(candidate, Arena.global()), candidate));
            } catch (IllegalArgumentException notFound) {
                // try the next candidate
            }
        }
        return Optional.empty();
    }

    /** Names handed to the dynamic linker, in order; absolute paths are included only if they exist. */
    static List<String> candidates(OperatingSystem os, String override, String osArch) {
        List<String> names = new ArrayList<>();
        if (override != null && !override.isBlank()) {
            names.add(expand(override, osArch));
        }
        switch (os) {
            case LINUX -> {
                names.add("libpcsclite.so.1");
                for (String dir : linuxDirectories(osArch)) {
                    for (String suffix : List.of(".1", ".0", "")) {
                        Path path = Path.of(dir, "libpcsclite.so" + suffix);
                        if (Files.exists(path)) {
                            names.add(path.toString());
                        }
                    }
                }
            }
            case WINDOWS -> names.add("winscard.dll");
            case MACOS -> names.add(MACOS_FRAMEWORK);
            case OTHER -> {}
        }
        return names;
    }

    private static List<String> linuxDirectories(String osArch) {
        String isa = libIsa(osArch);
        List<String> dirs = new ArrayList<>(List.of("/usr/" + isa, "/usr/local/" + isa));
        String arch = debianArch(osArch);
        dirs.add("/usr/lib/" + arch + "-linux-gnu");
        if (arch.equals("arm")) {
            dirs.add("/usr/lib/arm-linux-gnueabihf");
            dirs.add("/usr/lib/arm-linux-gnueabi");
        }
        return dirs;
    }

    /** The JDK's {@code $LIBISA} / {@code $ARCH} placeholders in the override property. */
    static String expand(String override, String osArch) {
        return override.replace("$LIBISA", libIsa(osArch)).replace("$ARCH", debianArch(osArch));
    }

    private static String libIsa(String osArch) {
        return osArch != null && osArch.contains("64") ? "lib64" : "lib";
    }

    private static String debianArch(String osArch) {
        String arch = osArch == null ? "" : osArch.toLowerCase(Locale.ROOT);
        return switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            case "i386", "i486", "i586", "i686", "x86" -> "i386";
            default -> arch.startsWith("arm") ? "arm" : arch;
        };
    }
}
