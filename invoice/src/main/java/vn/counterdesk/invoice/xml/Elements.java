package vn.counterdesk.invoice.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * DOM helpers for tolerant reading and signature checks: children found by local name in any order, namespace
 * ignored.
 */
public final class Elements {

    private Elements() {}

    public static List<Element> children(Element parent) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                result.add(e);
            }
        }
        return result;
    }

    public static List<Element> children(Element parent, String name) {
        return children(parent).stream().filter(e -> name.equals(localName(e))).toList();
    }

    public static Optional<Element> child(Element parent, String name) {
        return children(parent, name).stream().findFirst();
    }

    public static String localName(Element e) {
        return e.getLocalName() != null ? e.getLocalName() : e.getTagName();
    }

    /** Text of a leaf, whitespace around it removed (pretty-printed foreign files); empty text is absent. */
    public static Optional<String> text(Element parent, String name) {
        return child(parent, name).map(e -> e.getTextContent().strip()).filter(s -> !s.isEmpty());
    }
}
