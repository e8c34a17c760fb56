package vn.counterdesk.invoice.model;

import java.util.Objects;

/**
 * One {@code TTHHDTrung/TTin} entry of a special-goods line ({@code TChat} 5), e.g. a car's chassis number.
 *
 * @param type {@code LHHDTrung}
 * @param field {@code TTruong}
 * @param value {@code DLieu}
 */
public record SpecialGoodsField(int type, String field, String value) {
    public SpecialGoodsField {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
    }
}
