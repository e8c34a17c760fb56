package vn.counterdesk.invoice.model;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code HDon/MCCQT}: the tax-authority code (34 characters on coded invoices, 23 on cash-register invoices)
 * and its {@code Id}, which the tax authority's signature references.
 */
public record AuthorityCode(String value, Optional<String> id) {
    public AuthorityCode {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(id, "id");
    }
}
