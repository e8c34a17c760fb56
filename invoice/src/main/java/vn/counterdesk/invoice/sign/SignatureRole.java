package vn.counterdesk.invoice.sign;

import java.util.Arrays;
import java.util.Optional;

/** Who signed, by the {@code DSCKS} slot the signature sits in (spec §2, §5). */
public enum SignatureRole {
    SELLER("NBan", "seller"),
    BUYER("NMua", "buyer"),
    TAX_AUTHORITY("CQT", "tax-authority"),
    OTHER("CCKSKhac", "other");

    private final String slot;
    private final String label;

    SignatureRole(String slot, String label) {
        this.slot = slot;
        this.label = label;
    }

    /** The element under {@code DSCKS} that holds this role's signature. */
    public String slot() {
        return slot;
    }

    /** Stable label used in reports and the command line's JSON. */
    public String label() {
        return label;
    }

    public static Optional<SignatureRole> ofSlot(String slot) {
        return Arrays.stream(values()).filter(r -> r.slot.equals(slot)).findFirst();
    }
}
