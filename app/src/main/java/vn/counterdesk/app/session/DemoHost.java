package vn.counterdesk.app.session;

import java.nio.file.Path;
import vn.counterdesk.app.service.CounterServices;
import vn.counterdesk.store.audit.AccessContext;
import vn.counterdesk.store.clerk.ClerkRepository;
import vn.counterdesk.store.clerk.Role;

/**
 * Demo mode: the services are made up front, and a demo clerk account exists whose login and password the demo
 * banner shows (the data is synthetic; signing in still shows how the counter is used).
 */
public final class DemoHost implements CounterHost {

    public static final String DEMO_LOGIN = "demo";
    public static final String DEMO_PASSWORD = "demo-1234";

    private static final AccessContext SETUP = new AccessContext("demo-setup", "demo clerk account");

    private final CounterServices services;

    private DemoHost(CounterServices services) {
        this.services = services;
    }

    /** Blocking (hashes the demo password when the account is new). */
    public static DemoHost on(CounterServices services) {
        ClerkRepository clerks = services.store().clerks();
        if (clerks.authenticate(DEMO_LOGIN, DEMO_PASSWORD.toCharArray()).isEmpty()) {
            clerks.create(SETUP, DEMO_LOGIN, "Demo manager", Role.MANAGER, DEMO_PASSWORD.toCharArray());
        }
        return new DemoHost(services);
    }

    @Override
    public ClerkRepository clerks() {
        return services.store().clerks();
    }

    @Override
    public Path dataDirectory() {
        return services.dataDirectory();
    }

    @Override
    public boolean demo() {
        return true;
    }

    @Override
    public ServicesOutcome services() {
        return new ServicesOutcome.Ready(services);
    }

    @Override
    public void settingsChanged() {
        // Demo mode runs on its own fixed seller and key.
    }

    @Override
    public void close() {
        services.close();
    }
}
