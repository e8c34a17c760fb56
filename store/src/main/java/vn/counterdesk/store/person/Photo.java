package vn.counterdesk.store.person;

/** The face image from DG2, stored only when the business enables it. */
public record Photo(String mediaType, byte[] bytes) {
    public Photo {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public String toString() {
        return "Photo[" + mediaType + ", " + bytes.length + " bytes]";
    }
}
