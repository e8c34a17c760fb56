package vn.counterdesk.card.lds;

/**
 * The face image of DG2 as stored: its encoding, the size the record declares, and the image bytes.
 */
public record FaceImage(ImageFormat format, int width, int height, byte[] imageBytes) {

    public enum ImageFormat {
        JPEG("image/jpeg"),
        JPEG2000("image/jp2");

        private final String mimeType;

        ImageFormat(String mimeType) {
            this.mimeType = mimeType;
        }

        public String mimeType() {
            return mimeType;
        }
    }

    public FaceImage {
        imageBytes = imageBytes.clone();
    }

    @Override
    public byte[] imageBytes() {
        return imageBytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FaceImage f
                && f.format == format
                && f.width == width
                && f.height == height
                && java.util.Arrays.equals(f.imageBytes, imageBytes);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(imageBytes);
    }

    @Override
    public String toString() {
        return "FaceImage[" + format + ", " + width + "x" + height + ", " + imageBytes.length + " bytes]";
    }
}
