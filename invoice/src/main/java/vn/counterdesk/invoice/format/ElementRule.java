package vn.counterdesk.invoice.format;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One element of the invoice tree: name, type, limits, presence, whether it repeats, and (for groups) its
 * children in the order the writer emits them.
 */
public record ElementRule(
        String name,
        ValueType type,
        int maxLength,
        int maxDecimals,
        Presence presence,
        boolean repeatable,
        List<ElementRule> children) {

    public ElementRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(presence, "presence");
        children = List.copyOf(children);
    }

    public static ElementRule text(String name, int maxLength, Presence presence) {
        return new ElementRule(name, ValueType.STRING, maxLength, 0, presence, false, List.of());
    }

    public static ElementRule number(String name, int maxDigits, int maxDecimals, Presence presence) {
        return new ElementRule(name, ValueType.NUMBER, maxDigits, maxDecimals, presence, false, List.of());
    }

    public static ElementRule date(String name, Presence presence) {
        return new ElementRule(name, ValueType.DATE, 10, 0, presence, false, List.of());
    }

    public static ElementRule dateTime(String name, Presence presence) {
        return new ElementRule(name, ValueType.DATE_TIME, 19, 0, presence, false, List.of());
    }

    public static ElementRule group(String name, Presence presence, ElementRule... children) {
        return new ElementRule(name, ValueType.GROUP, 0, 0, presence, false, List.of(children));
    }

    public ElementRule repeated() {
        return new ElementRule(name, type, maxLength, maxDecimals, presence, true, children);
    }

    public Optional<ElementRule> child(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).findFirst();
    }

    /** Position of a child in the emitting order, or -1 if the child is not part of this version. */
    public int indexOf(String childName) {
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i).name.equals(childName)) {
                return i;
            }
        }
        return -1;
    }

    /** This rule with one child replaced (used to derive a version from another). */
    public ElementRule replacing(String childName, ElementRule replacement) {
        return new ElementRule(
                name,
                type,
                maxLength,
                maxDecimals,
                presence,
                repeatable,
                children.stream()
                        .map(c -> c.name.equals(childName) ? replacement : c)
                        .toList());
    }

    /** This rule without one child. */
    public ElementRule without(String childName) {
        return new ElementRule(
                name,
                type,
                maxLength,
                maxDecimals,
                presence,
                repeatable,
                children.stream().filter(c -> !c.name.equals(childName)).toList());
    }

    public ElementRule withPresence(Presence value) {
        return new ElementRule(name, type, maxLength, maxDecimals, value, repeatable, children);
    }
}
