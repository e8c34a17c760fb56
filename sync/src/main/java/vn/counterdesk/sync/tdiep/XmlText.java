package vn.counterdesk.sync.tdiep;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small DOM and byte helpers shared by the reader and the answer interpreter. */
final class XmlText {

    private XmlText() {}

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static List<Element> children(Element parent) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                result.add(e);
            }
        }
        return result;
    }

    static Optional<Element> child(Element parent, String name) {
        return children(parent).stream()
                .filter(e -> name.equals(e.getLocalName()))
                .findFirst();
    }

    static Optional<String> childText(Element parent, String name) {
        return child(parent, name).map(e -> e.getTextContent().strip()).filter(s -> !s.isEmpty());
    }

    /** Descendants named {@code name} anywhere below {@code root}, in document order. */
    static List<Element> descendants(Element root, String name) {
        List<Element> found = new ArrayList<>();
        var list = root.getElementsByTagNameNS("*", name);
        for (int i = 0; i < list.getLength(); i++) {
            found.add((Element) list.item(i));
        }
        return found;
    }

    static Optional<String> firstDescendantText(Element root, String name) {
        return descendants(root, name).stream()
                .map(e -> e.getTextContent().strip())
                .filter(s -> !s.isEmpty())
                .findFirst();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static int lastIndexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = haystack.length - needle.length; i >= 0; i--) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Removes a BOM, an XML declaration and surrounding whitespace: none of them is signed content. */
    static byte[] stripProlog(byte[] xml) {
        int start = 0;
        if (xml.length >= 3 && (xml[0] & 0xFF) == 0xEF && (xml[1] & 0xFF) == 0xBB && (xml[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        start = skipWhitespace(xml, start);
        if (startsWith(xml, start, utf8("<?xml"))) {
            int end = indexOf(xml, utf8("?>"), start);
            if (end >= 0) {
                start = skipWhitespace(xml, end + 2);
            }
        }
        int end = xml.length;
        while (end > start && isWhitespace(xml[end - 1])) {
            end--;
        }
        return java.util.Arrays.copyOfRange(xml, start, end);
    }

    static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
        if (at + prefix.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static int skipWhitespace(byte[] bytes, int from) {
        int i = from;
        while (i < bytes.length && isWhitespace(bytes[i])) {
            i++;
        }
        return i;
    }

    static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }
}
