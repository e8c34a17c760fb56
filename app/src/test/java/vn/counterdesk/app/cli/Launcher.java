package vn.counterdesk.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The real launcher ({@code ./counterdesk} at the repository root) as a child process on the packaged jar, the way a
 * script or a clerk runs it. The child gets a clean PC/SC environment unless a test asks for another one.
 */
final class Launcher {

    static final Path SCRIPT = Path.of("..", "counterdesk").toAbsolutePath().normalize();

    /** Where libpcsclite looks for pcscd; a failsafe execution of this module points it at nothing. */
    static final String PCSC_SOCKET_VARIABLE = "PCSCLITE_CSOCK_NAME";

    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(3);

    private Launcher() {}

    /** A finished command. */
    record Result(List<String> command, int exit, String out, String err) {
        JsonNode json() {
            try {
                return Json.mapper().readTree(out);
            } catch (IOException e) {
                throw new AssertionError("not JSON from " + command + ": " + out + "\nstderr: " + err, e);
            }
        }

        /** For assertion messages: what ran and what it said on stderr. */
        String describe() {
            return String.join(" ", command.subList(1, command.size())) + "\nexit " + exit + ", stderr: " + err;
        }
    }

    static Result run(String... args) throws Exception {
        return run(Map.of(), args);
    }

    /** Runs one command to its end with extra environment variables. */
    static Result run(Map<String, String> environment, String... args) throws Exception {
        List<String> command = command(args);
        Path err = Files.createTempFile("launcher", ".err");
        try {
            Process process =
                    builder(command, environment).redirectError(err.toFile()).start();
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("launcher did not finish: " + command);
            }
            return new Result(command, process.exitValue(), out, Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(err);
        }
    }

    /** Starts a long-running command (a simulator); its stdout lines are collected as they come. */
    static Background start(String... args) throws IOException {
        List<String> command = command(args);
        Path err = Files.createTempFile("launcher", ".err");
        Process process = builder(command, Map.of()).redirectError(err.toFile()).start();
        return new Background(command, process, err);
    }

    private static List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of(SCRIPT.toString()));
        command.addAll(List.of(args));
        return command;
    }

    private static ProcessBuilder builder(List<String> command, Map<String, String> environment) {
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.remove(PCSC_SOCKET_VARIABLE);
        env.put("COUNTERDESK_NO_BUILD", "1");
        env.putAll(environment);
        return builder;
    }

    /** A command running in the background until {@link #terminate()}. */
    static final class Background implements AutoCloseable {

        private final List<String> command;
        private final Process process;
        private final Path err;
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final List<String> seen = new ArrayList<>();

        private Background(List<String> command, Process process, Path err) {
            this.command = command;
            this.process = process;
            this.err = err;
            Thread.ofVirtual().start(() -> {
                try (BufferedReader reader =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    reader.lines().forEach(lines::add);
                } catch (IOException e) {
                    // The process ended; what it printed is already queued.
                }
            });
        }

        /** The first stdout line containing {@code text}; fails with the output so far when it does not come. */
        String awaitLine(String text, Duration timeout) throws Exception {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                String line = lines.poll(100, TimeUnit.MILLISECONDS);
                if (line != null) {
                    seen.add(line);
                    if (line.contains(text)) {
                        return line;
                    }
                } else if (!process.isAlive() && lines.isEmpty()) {
                    break;
                }
            }
            throw new AssertionError("no line with '" + text + "' from " + command + "; stdout " + seen + "; stderr "
                    + Files.readString(err, StandardCharsets.UTF_8));
        }

        /** SIGTERM, as a service manager or Ctrl+C would stop it; returns the exit value. */
        int terminate() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("did not stop on SIGTERM: " + command);
            }
            return process.exitValue();
        }

        boolean isAlive() {
            return process.isAlive();
        }

        @Override
        public void close() throws IOException {
            if (process.isAlive()) {
                process.destroyForcibly();
            }
            Files.deleteIfExists(err);
        }
    }
}
