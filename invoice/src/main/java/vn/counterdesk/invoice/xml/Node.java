package vn.counterdesk.invoice.xml;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.counterdesk.invoice.model.Amounts;

/**
 * An element about to be written, children in any order: the format definition decides the order when the
 * node becomes DOM. Text is NFC-normalised here (spec §1: normalise before signing); numbers are canonical.
 */
final class Node {

    final String name;
    final Optional<String> text;
    final Map<String, String> attributes = new LinkedHashMap<>();
    final List<Node> children = new ArrayList<>();

    private Node(String name, Optional<String> text) {
        this.name = name;
        this.text = text.map(t -> Normalizer.normalize(t, Normalizer.Form.NFC));
    }

    static Node group(String name) {
        return new Node(name, Optional.empty());
    }

    static Node leaf(String name, String text) {
        return new Node(name, Optional.of(text));
    }

    Node attribute(String attributeName, String value) {
        attributes.put(attributeName, Normalizer.normalize(value, Normalizer.Form.NFC));
        return this;
    }

    Node add(Node child) {
        children.add(child);
        return this;
    }

    Node add(String childName, String value) {
        return add(leaf(childName, value));
    }

    Node add(String childName, Optional<String> value) {
        value.ifPresent(v -> add(childName, v));
        return this;
    }

    Node number(String childName, BigDecimal value) {
        return add(childName, Amounts.format(value));
    }

    Node number(String childName, Optional<BigDecimal> value) {
        value.ifPresent(v -> number(childName, v));
        return this;
    }

    Node integer(String childName, long value) {
        return add(childName, Long.toString(value));
    }

    Node date(String childName, LocalDate value) {
        return add(childName, value.toString());
    }

    Node date(String childName, Optional<LocalDate> value) {
        value.ifPresent(v -> date(childName, v));
        return this;
    }
}
