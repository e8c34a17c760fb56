package vn.counterdesk.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * Opens the desktop app in demo mode: no reader, no network and no set-up needed. Demo data lives in
 * {@code <data-dir>/demo}.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Open the desktop app in demo mode.")
public final class DemoCommand implements Runnable {

    @ParentCommand
    CounterDeskCommand root;

    @Override
    public void run() {
        List<String> args = new ArrayList<>(List.of("--demo"));
        Path demoDir = AppPaths.dataDirectory(root == null ? java.util.Optional.empty() : root.dataDir())
                .resolve("demo");
        args.add("--data-dir=" + demoDir);
        Application.launch(CounterDeskApplication.class, args.toArray(String[]::new));
    }
}
