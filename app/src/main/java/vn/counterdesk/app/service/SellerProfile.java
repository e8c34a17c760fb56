package vn.counterdesk.app.service;

import java.time.LocalDate;

/**
 * Who issues the invoices: the seller's identity, the template form digit (KHMSHDon), the three
 * letters after the year in the symbol (KHHDon) and the solution provider's tax code.
 */
public record SellerProfile(
        String name, String taxCode, String address, String form, String symbolSuffix, String providerTaxCode) {

    /** The symbol for invoices issued on {@code date}: C (signed with code) + year + suffix, e.g. C26TCD. */
    public String symbolFor(LocalDate date) {
        return "C" + String.format("%02d", date.getYear() % 100) + symbolSuffix;
    }
}
