package vn.counterdesk.invoice.pdf;

/** A printed caption: Vietnamese first, the English gloss after it in brackets and never larger. */
record Label(String vietnamese, String english) {

    String inline() {
        return vietnamese + " (" + english + ")";
    }
}
