package vn.counterdesk.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import vn.counterdesk.app.cli.Json;

/**
 * Measures start-up: once the main window's first frame has been rendered and the FX thread is free for input, writes
 * the time since the process started and the resident memory to a JSON file, and optionally quits. Off unless asked
 * for with {@code -Dcounterdesk.startupProbe=FILE} or {@code COUNTERDESK_STARTUP_PROBE=FILE} (the installed launcher
 * takes no JVM flags on its command line, so the environment is the way in); {@code
 * -Dcounterdesk.startupProbe.exit=true} or {@code COUNTERDESK_STARTUP_PROBE_EXIT=1} quits after writing.
 *
 * <p>"First frame" is the first pulse after the window is shown: CSS and layout are done in its post-layout step and
 * the frame is rendered at the end of that pulse; the record is written from the next FX-thread turn, i.e. when the
 * window would handle a click.
 */
public final class StartupProbe {

    static final String PROPERTY = "counterdesk.startupProbe";
    static final String EXIT_PROPERTY = "counterdesk.startupProbe.exit";
    static final String VARIABLE = "COUNTERDESK_STARTUP_PROBE";
    static final String EXIT_VARIABLE = "COUNTERDESK_STARTUP_PROBE_EXIT";

    private static final System.Logger LOG = System.getLogger(StartupProbe.class.getName());
    private static final Pattern VM_RSS = Pattern.compile("(?m)^VmRSS:\\s+(\\d+) kB");

    private final Path file;
    private final boolean exitAfterwards;

    private StartupProbe(Path file, boolean exitAfterwards) {
        this.file = file;
        this.exitAfterwards = exitAfterwards;
    }

    /** Arms the probe on {@code stage} when it was asked for; does nothing otherwise. */
    public static void armOn(Stage stage) {
        configured(System::getProperty, System.getenv()).ifPresent(probe -> probe.arm(stage));
    }

    static Optional<StartupProbe> configured(UnaryOperator<String> properties, Map<String, String> environment) {
        Optional<String> file = Optional.ofNullable(properties.apply(PROPERTY))
                .or(() -> Optional.ofNullable(environment.get(VARIABLE)))
                .filter(name -> !name.isBlank());
        boolean exit = Boolean.parseBoolean(properties.apply(EXIT_PROPERTY))
                || "1".equals(environment.get(EXIT_VARIABLE))
                || "true".equalsIgnoreCase(environment.get(EXIT_VARIABLE));
        return file.map(name -> new StartupProbe(Path.of(name), exit));
    }

    /** Arms the probe on the first pulse of {@code scene} (set on a stage already shown) when it was asked for. */
    public static void armOn(Scene scene) {
        configured(System::getProperty, System.getenv()).ifPresent(probe -> probe.arm(scene));
    }

    private void arm(Stage stage) {
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, shown -> arm(stage.getScene()));
    }

    private void arm(Scene scene) {
        Runnable[] firstPulse = new Runnable[1];
        firstPulse[0] = () -> {
            scene.removePostLayoutPulseListener(firstPulse[0]);
            // Runs after this pulse has rendered the frame: the window is on screen and takes input.
            Platform.runLater(this::record);
        };
        scene.addPostLayoutPulseListener(firstPulse[0]);
    }

    private void record() {
        Instant now = Instant.now();
        ObjectNode json = Json.object();
        ProcessHandle.current()
                .info()
                .startInstant()
                .ifPresent(start -> json.put(
                        "millisSinceProcessStart", Duration.between(start, now).toMillis()));
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        json.put("millisSinceJvmStart", now.toEpochMilli() - jvmStart);
        OptionalLong rss = residentKiB();
        if (rss.isPresent()) {
            json.put("rssKiB", rss.getAsLong());
        } else {
            // No /proc (Windows, macOS): the heap in use is the nearest portable figure.
            Runtime runtime = Runtime.getRuntime();
            json.put("heapUsedKiB", (runtime.totalMemory() - runtime.freeMemory()) / 1024);
        }
        json.put("classDataSharing", classDataSharing());
        json.put("javaVersion", Runtime.version().toString());
        try {
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            Files.writeString(partial, Json.write(json), StandardCharsets.UTF_8);
            // Whole file or nothing: a script polling for it never reads half a record.
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "start-up probe cannot write its file: {0}", e.getClass());
        }
        if (exitAfterwards) {
            Platform.exit();
        }
    }

    private static OptionalLong residentKiB() {
        try {
            Matcher matcher = VM_RSS.matcher(Files.readString(Path.of("/proc/self/status"), StandardCharsets.UTF_8));
            return matcher.find() ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty();
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /** Whether class-data sharing is on in this JVM: HotSpot says "sharing" in its info string only then. */
    private static boolean classDataSharing() {
        return System.getProperty("java.vm.info", "").contains("sharing");
    }
}
