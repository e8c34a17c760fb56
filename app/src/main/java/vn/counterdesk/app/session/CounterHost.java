package vn.counterdesk.app.session;

import java.nio.file.Path;
import vn.counterdesk.app.service.CounterServices;
import vn.counterdesk.store.clerk.ClerkRepository;

/**
 * What the app shell runs on: the clerk accounts (needed before anyone signs in) and the counter's services. The
 * host owns both and closes them; its blocking methods are called from background tasks.
 */
public interface CounterHost extends AutoCloseable {

    ClerkRepository clerks();

    Path dataDirectory();

    boolean demo();

    /** The counter's services for the settings as they are now (built on first call, then kept). */
    ServicesOutcome services();

    /** Settings were saved: drop the services so that the next {@link #services()} builds them anew. */
    void settingsChanged();

    @Override
    void close();

    sealed interface ServicesOutcome {
        record Ready(CounterServices services) implements ServicesOutcome {}

        /** The counter cannot open yet; {@code field} names the settings field an admin has to fill in. */
        record NotConfigured(String field, String problem) implements ServicesOutcome {}
    }
}
