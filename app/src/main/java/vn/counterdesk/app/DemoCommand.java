package vn.counterdesk.app;

import javafx.application.Application;
import picocli.CommandLine.Command;

/** Opens the desktop app in demo mode: no reader, no network and no set-up needed. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Open the desktop app in demo mode.")
public final class DemoCommand implements Runnable {

    @Override
    public void run() {
        Application.launch(CounterDeskApplication.class, "--demo");
    }
}
