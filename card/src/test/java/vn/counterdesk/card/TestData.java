package vn.counterdesk.card;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;

/** Test resources under {@code vn/counterdesk/card/} (see PROVENANCE.md there). */
public final class TestData {

    private TestData() {}

    public static byte[] resource(String name) {
        try (InputStream in = TestData.class.getResourceAsStream("/vn/counterdesk/card/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex.replaceAll("\\s", ""));
    }

    /** DG1 of the synthetic VN MRZ (spec §6). */
    public static final String VN_DG1 =
            "615D5F1F5A4944564E4D303930303132333435303030313039303031323334353C3C31393030313135384D33303031313536564E4D"
                    + "3C3C3C3C3C3C3C3C3C3C3C384E475559454E3C3C56414E3C414E3C3C3C3C3C3C3C3C3C3C3C3C3C3C3C3C";

    public static final String VN_MRZ =
            "IDVNM0900123450001090012345<<1\n9001158M3001156VNM<<<<<<<<<<<8\nNGUYEN<<VAN<AN<<<<<<<<<<<<<<<<";
}
