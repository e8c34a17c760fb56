package vn.counterdesk.invoice.format;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of the invoice data format as data (spec §0 product rule): the ordered element tree with limits,
 * the code lists, the message size limit and the dates it applies to. A new regulation is a new instance,
 * registered in {@link FormatDefinitions}; nothing else changes.
 *
 * @param version {@code PBan}
 * @param effectiveFrom first issue date the version applies to
 * @param effectiveUntil last issue date, if replaced
 * @param invoice the {@code HDon} tree in emitting order
 * @param schemaResource classpath resource of the XSD for this version, if there is one
 */
public record FormatDefinition(
        String version,
        LocalDate effectiveFrom,
        Optional<LocalDate> effectiveUntil,
        ElementRule invoice,
        CodeLists codes,
        int maxMessageBytes,
        Optional<String> schemaResource) {

    public FormatDefinition {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(effectiveUntil, "effectiveUntil");
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(codes, "codes");
        Objects.requireNonNull(schemaResource, "schemaResource");
    }

    public boolean appliesTo(LocalDate issueDate) {
        return !issueDate.isBefore(effectiveFrom)
                && effectiveUntil.map(until -> !issueDate.isAfter(until)).orElse(true);
    }

    /** The rule at a path below {@code HDon}, e.g. {@code "DLHDon", "TTChung", "KHHDon"}. */
    public Optional<ElementRule> rule(String... path) {
        Optional<ElementRule> current = Optional.of(invoice);
        for (String name : path) {
            current = current.flatMap(r -> r.child(name));
        }
        return current;
    }
}
