package vn.counterdesk.pcsc;

/**
 * The PC/SC API as CounterDesk uses it. The production implementation calls the platform library
 * directly ({@link NativePcsc}); tests script it to drive the monitor through faults that a real
 * service produces only rarely.
 */
interface PcscBackend {

    /**
     * Opens a new context with the service ({@code SCardEstablishContext}). Each call talks to the
     * service afresh, which is what lets the monitor recover after the service restarts.
     */
    PcscContext establishContext() throws ServiceUnavailableException, PcscException;

    /** True when a context established after a service restart works again (no JVM restart). */
    boolean recoversWithinProcess();

    /** For diagnostics: which library / binding is in use. */
    String description();
}
