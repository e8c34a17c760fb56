package vn.counterdesk.pcsc;

/**
 * Receives reader events on the monitor thread. Implementations return quickly and hand work to
 * their own thread (a UI uses its event queue).
 */
@FunctionalInterface
public interface ReaderListener {
    void onEvent(ReaderEvent event);
}
