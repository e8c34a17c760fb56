package vn.counterdesk.card.read;

import vn.counterdesk.card.access.AccessMethod;
import vn.counterdesk.card.lds.DataGroup;

/** Progress of one chip read, called on the reading thread; implementations must return quickly. */
public interface ReadListener {

    /** The secure session is open. */
    default void accessOpened(AccessMethod method) {}

    /** {@code bytesRead} of {@code fileLength} bytes of {@code file} are in. */
    default void progress(DataGroup file, int bytesRead, int fileLength) {}

    ReadListener NONE = new ReadListener() {};
}
