package vn.counterdesk.invoice.model;

import java.util.Objects;

/**
 * One {@code TTKhac/TTin} entry: a free key/value pair. Entries we do not understand are kept verbatim so
 * an invoice produced elsewhere loses nothing when read.
 *
 * @param field {@code TTruong}
 * @param dataType {@code KDLieu} ({@code string}, {@code numeric}, {@code date}, {@code dateTime})
 * @param value {@code DLieu}
 */
public record OtherInfo(String field, String dataType, String value) {

    public OtherInfo {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(dataType, "dataType");
        Objects.requireNonNull(value, "value");
    }

    public static OtherInfo text(String field, String value) {
        return new OtherInfo(field, "string", value);
    }

    @Override
    public String toString() {
        // Values may hold personal data; the field name is enough to debug.
        return "OtherInfo[" + field + ":" + dataType + "]";
    }
}
