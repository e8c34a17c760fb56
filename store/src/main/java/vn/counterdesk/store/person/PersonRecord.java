package vn.counterdesk.store.person;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the store keeps about one person: the 12-digit ID number, the fields a task needs (at least the full
 * name) and optionally the photo. {@link #toString()} never shows personal data.
 */
public record PersonRecord(String idNumber, Map<PersonField, String> fields, Optional<Photo> photo) {
    private static final Pattern ID_NUMBER = Pattern.compile("\\d{12}");

    public PersonRecord {
        if (idNumber == null || !ID_NUMBER.matcher(idNumber).matches()) {
            throw new IllegalArgumentException("ID number must have 12 digits");
        }
        if (fields.getOrDefault(PersonField.FULL_NAME, "").isBlank()) {
            throw new IllegalArgumentException("a person record needs the full name");
        }
        var copy = new EnumMap<PersonField, String>(PersonField.class);
        fields.forEach((field, value) -> {
            if (value != null && !value.isEmpty()) {
                copy.put(field, value);
            }
        });
        fields = java.util.Collections.unmodifiableMap(copy);
    }

    public static PersonRecord of(String idNumber, String fullName) {
        return new PersonRecord(idNumber, Map.of(PersonField.FULL_NAME, fullName), Optional.empty());
    }

    public String fullName() {
        return fields.get(PersonField.FULL_NAME);
    }

    public Optional<String> field(PersonField field) {
        return Optional.ofNullable(fields.get(field));
    }

    public PersonRecord with(PersonField field, String value) {
        var copy = new EnumMap<>(fields);
        copy.put(field, value);
        return new PersonRecord(idNumber, copy, photo);
    }

    public PersonRecord withPhoto(Photo newPhoto) {
        return new PersonRecord(idNumber, fields, Optional.of(newPhoto));
    }

    @Override
    public String toString() {
        return "PersonRecord[fields=" + fields.keySet() + ", photo=" + photo.isPresent() + "]";
    }
}
