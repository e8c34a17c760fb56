package vn.counterdesk.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads typed fields from a JSON tree and reports the dotted path of the first missing or malformed one, so
 * that a script's author sees which field to fix.
 */
public record JsonFields(JsonNode node, String path) {

    public static JsonFields root(JsonNode node) {
        return new JsonFields(node, "");
    }

    public String name(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    public JsonFields object(String field) throws BadInput {
        JsonNode child = node.get(field);
        if (child == null || !child.isObject()) {
            throw new BadInput(name(field), "missing or not an object");
        }
        return new JsonFields(child, name(field));
    }

    public Optional<JsonFields> optionalObject(String field) throws BadInput {
        return node.has(field) ? Optional.of(object(field)) : Optional.empty();
    }

    public String text(String field) throws BadInput {
        return optionalText(field).orElseThrow(() -> new BadInput(name(field), "missing"));
    }

    public Optional<String> optionalText(String field) throws BadInput {
        JsonNode child = node.get(field);
        if (child == null || child.isNull()) {
            return Optional.empty();
        }
        if (!child.isTextual() || child.asText().isBlank()) {
            throw new BadInput(name(field), "must be a non-empty string");
        }
        return Optional.of(child.asText().strip());
    }

    public BigDecimal decimal(String field) throws BadInput {
        JsonNode child = node.get(field);
        if (child == null || !(child.isNumber() || child.isTextual())) {
            throw new BadInput(name(field), "missing or not a number");
        }
        try {
            return new BigDecimal(child.asText());
        } catch (NumberFormatException e) {
            throw new BadInput(name(field), "not a number");
        }
    }

    public Optional<LocalDate> optionalDate(String field) throws BadInput {
        Optional<String> text = optionalText(field);
        try {
            return text.map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw new BadInput(name(field), "not an ISO date (YYYY-MM-DD)");
        }
    }

    public int integer(String field, int fallback) throws BadInput {
        JsonNode child = node.get(field);
        if (child == null) {
            return fallback;
        }
        if (!child.canConvertToInt()) {
            throw new BadInput(name(field), "not an integer");
        }
        return child.asInt();
    }

    public boolean bool(String field, boolean fallback) throws BadInput {
        JsonNode child = node.get(field);
        if (child == null) {
            return fallback;
        }
        if (!child.isBoolean()) {
            throw new BadInput(name(field), "must be true or false");
        }
        return child.booleanValue();
    }
}
