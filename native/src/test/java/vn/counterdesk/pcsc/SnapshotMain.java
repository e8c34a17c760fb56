package vn.counterdesk.pcsc;

/** Prints what {@link PcscReaders#snapshot()} reports; run in a child JVM by {@link NativeAccessTest}. */
public final class SnapshotMain {

    private SnapshotMain() {}

    public static void main(String[] args) {
        ReaderSnapshot snapshot = PcscReaders.snapshot();
        if (snapshot instanceof ReaderSnapshot.Unavailable unavailable) {
            System.out.println(unavailable.problem());
            System.out.println(unavailable.problem().userMessage());
        } else {
            System.out.println("AVAILABLE");
        }
    }
}
