package vn.counterdesk.store.invoice;

import java.util.regex.Pattern;

/** The numbering series: seller tax code + form digit (KHMSHDon) + symbol (KHHDon) + year. */
public record InvoiceSeries(String sellerTaxCode, String form, String symbol, int year) {
    private static final Pattern FORM = Pattern.compile("[1-9]");
    private static final Pattern SYMBOL = Pattern.compile("[CK][0-9]{2}[A-Z]{3}");

    public InvoiceSeries {
        if (!FORM.matcher(form).matches() || !SYMBOL.matcher(symbol).matches()) {
            throw new IllegalArgumentException("invalid form or symbol: " + form + symbol);
        }
        if (Integer.parseInt(symbol.substring(1, 3)) != year % 100) {
            throw new IllegalArgumentException("symbol year does not match " + year);
        }
    }
}
