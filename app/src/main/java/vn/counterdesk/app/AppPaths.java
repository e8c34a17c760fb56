package vn.counterdesk.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where CounterDesk keeps its per-user data, following each OS's convention: XDG on Linux,
 * %APPDATA% on Windows, ~/Library/Application Support on macOS. {@code --data-dir} overrides it.
 */
public final class AppPaths {

    private static final String APP_DIR = "CounterDesk";

    private AppPaths() {}

    public static Path dataDirectory(Optional<Path> override) {
        return override.map(Path::toAbsolutePath)
                .orElseGet(() -> defaultDataDirectory(
                        System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home"))));
    }

    static Path defaultDataDirectory(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(java.util.Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return (appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData/Roaming"))
                    .resolve(APP_DIR);
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library/Application Support").resolve(APP_DIR);
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg)
                : home.resolve(".local/share");
        return base.resolve("counterdesk");
    }
}
