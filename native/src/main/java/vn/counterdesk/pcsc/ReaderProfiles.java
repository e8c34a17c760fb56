package vn.counterdesk.pcsc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * What CounterDesk knows about reader models: a configured table (reader-name pattern → extended
 * length, largest response) shipped as data, plus what sessions learned at run time about readers
 * the table does not settle. Thread-safe.
 */
public final class ReaderProfiles {

    /** Whether a reader carries extended-length APDUs. */
    public enum Support {
        YES,
        NO,
        UNKNOWN
    }

    /** One row of the table; {@code source} says where the fact comes from. */
    public record Profile(Pattern namePattern, Support extendedLength, int maxResponseLength, String source) {
        public Profile {
            Objects.requireNonNull(namePattern);
            Objects.requireNonNull(extendedLength);
            if (maxResponseLength < 1 || maxResponseLength > CommandApdu.MAX_EXTENDED_NE) {
                throw new IllegalArgumentException("maxResponseLength out of range: " + maxResponseLength);
            }
        }
    }

    /** An unknown reader: short APDUs are safe; extended length is tried and learned on demand. */
    static final Profile UNKNOWN_READER =
            new Profile(Pattern.compile(""), Support.UNKNOWN, CommandApdu.MAX_SHORT_NE, "default");

    private static final ReaderProfiles STANDARD = load();

    private final List<Profile> table;
    private final Map<String, Support> learned = new ConcurrentHashMap<>();

    public ReaderProfiles(List<Profile> table) {
        this.table = List.copyOf(table);
    }

    /** The table shipped with CounterDesk; learning is shared by all sessions of the process. */
    public static ReaderProfiles standard() {
        return STANDARD;
    }

    /** Parses the tab-separated table ({@code #} starts a comment line). */
    public static ReaderProfiles parse(String tsv) {
        List<Profile> rows = new ArrayList<>();
        int lineNumber = 0;
        for (String line : tsv.split("\\R")) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 4) {
                throw new IllegalArgumentException("reader profiles line " + lineNumber + ": expected 4 columns");
            }
            try {
                rows.add(new Profile(
                        Pattern.compile(cells[0]),
                        Support.valueOf(cells[1].trim().toUpperCase(Locale.ROOT)),
                        Integer.parseInt(cells[2].trim()),
                        cells[3].trim()));
            } catch (IllegalArgumentException e) { // includes PatternSyntaxException
                throw new IllegalArgumentException("reader profiles line " + lineNumber + ": " + e.getMessage(), e);
            }
        }
        return new ReaderProfiles(rows);
    }

    private static ReaderProfiles load() {
        try (InputStream in = ReaderProfiles.class.getResourceAsStream("reader-profiles.tsv")) {
            if (in == null) {
                throw new IllegalStateException("reader-profiles.tsv missing from the native module");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The configured row for this reader, or the unknown-reader default. */
    public Profile profile(String reader) {
        return table.stream()
                .filter(p -> p.namePattern().matcher(reader).find())
                .findFirst()
                .orElse(UNKNOWN_READER);
    }

    /** Configured knowledge first; run-time learning only fills in what the table leaves open. */
    public Support extendedLength(String reader) {
        Support configured = profile(reader).extendedLength();
        return configured != Support.UNKNOWN ? configured : learned.getOrDefault(reader, Support.UNKNOWN);
    }

    /** What the chip layer may use on this reader with a card speaking {@code protocol}. */
    public LinkCapabilities capabilities(String reader, CardProtocol protocol) {
        boolean extended = protocol != CardProtocol.T0 && extendedLength(reader) == Support.YES;
        if (!extended) {
            return LinkCapabilities.shortOnly();
        }
        int configuredMax = profile(reader).maxResponseLength();
        int max = configuredMax > CommandApdu.MAX_SHORT_NE ? configuredMax : CommandApdu.MAX_EXTENDED_NE;
        return new LinkCapabilities(true, max);
    }

    /** Records that an extended-length APDU did (or did not) pass through this reader. */
    void learnExtendedLength(String reader, boolean carried) {
        learned.put(reader, carried ? Support.YES : Support.NO);
    }
}
