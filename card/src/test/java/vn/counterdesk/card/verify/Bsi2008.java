package vn.counterdesk.card.verify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.TreeMap;

/** The BSI 2008 sample files from test resources. */
final class Bsi2008 {

    private Bsi2008() {}

    static byte[] file(String name) {
        try (InputStream in = Bsi2008.class.getResourceAsStream("/lds/bsi2008/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LdsFiles files(int... dataGroups) {
        TreeMap<Integer, byte[]> read = new TreeMap<>();
        for (int number : dataGroups) {
            read.put(number, file("DG" + number + ".bin"));
        }
        return new LdsFiles(Optional.of(file("EF_COM.bin")), Optional.of(file("EF_SOD.bin")), read);
    }
}
