package vn.counterdesk.sync.tdiep;

import java.util.Arrays;
import java.util.Optional;

/**
 * Locates elements in serialised XML by byte position, so signed content can be carried and compared
 * without ever being re-serialised. Callers must first have checked well-formedness with a parser and
 * cross-check what they cut out (see {@link TDiepReader}); these methods only do the cutting.
 */
public final class RawXml {

    private RawXml() {}

    /** The bytes of the first {@code <name …>…</name>} (or {@code <name/>}) element, tags included. */
    public static Optional<byte[]> firstElement(byte[] xml, String name) {
        return startTag(xml, name, 0).flatMap(start -> {
            if (start.selfClosing()) {
                return Optional.of(Arrays.copyOfRange(xml, start.from(), start.to()));
            }
            return endTag(xml, name, start.to(), false).map(end -> Arrays.copyOfRange(xml, start.from(), end.to()));
        });
    }

    /**
     * The content between the first start tag {@code <name …>} and the LAST end tag {@code </name>}:
     * suited to an element that occurs once and may contain anything (e.g. {@code DLieu}).
     */
    public static Optional<byte[]> outermostContent(byte[] xml, String name) {
        return startTag(xml, name, 0).flatMap(start -> {
            if (start.selfClosing()) {
                return Optional.of(new byte[0]);
            }
            return endTag(xml, name, start.to(), true).map(end -> Arrays.copyOfRange(xml, start.to(), end.from()));
        });
    }

    private record Span(int from, int to, boolean selfClosing) {}

    private static Optional<Span> startTag(byte[] xml, String name, int from) {
        byte[] open = XmlText.utf8("<" + name);
        int at = from;
        while ((at = XmlText.indexOf(xml, open, at)) >= 0) {
            int after = at + open.length;
            if (after < xml.length && isNameEnd(xml[after])) {
                int close = XmlText.indexOf(xml, new byte[] {'>'}, after);
                if (close < 0) {
                    return Optional.empty();
                }
                return Optional.of(new Span(at, close + 1, xml[close - 1] == '/'));
            }
            at = after;
        }
        return Optional.empty();
    }

    private static Optional<Span> endTag(byte[] xml, String name, int from, boolean last) {
        byte[] close = XmlText.utf8("</" + name);
        int at = last ? XmlText.lastIndexOf(xml, close) : XmlText.indexOf(xml, close, from);
        while (at >= from) {
            int after = XmlText.skipWhitespace(xml, at + close.length);
            if (after < xml.length && xml[after] == '>') {
                return Optional.of(new Span(at, after + 1, false));
            }
            if (last) {
                return Optional.empty();
            }
            at = XmlText.indexOf(xml, close, at + 1);
        }
        return Optional.empty();
    }

    private static boolean isNameEnd(byte b) {
        return b == '>' || b == '/' || XmlText.isWhitespace(b);
    }
}
