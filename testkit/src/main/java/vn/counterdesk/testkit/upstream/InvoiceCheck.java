package vn.counterdesk.testkit.upstream;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The simulator's data check of a submitted {@code HDon} (structure and business rules of
 * einvoice.md §2, §3, §12 that a 204 would report). Not a full validator: enough to reject the
 * kinds of wrong invoices tests produce.
 */
final class InvoiceCheck {

    private static final Pattern SYMBOL = Pattern.compile("[CK][0-9]{2}[TDLMNBGHX][A-Z]{2}");

    private InvoiceCheck() {}

    /** Identity of an invoice for duplicate detection: seller MST, form, symbol, number. */
    record InvoiceKey(String sellerTaxCode, String form, String symbol, String number) {}

    record Result(Optional<InvoiceKey> key, List<SimError> errors) {}

    static Result check(Element invoice, String envelopeTaxCode) {
        List<SimError> errors = new ArrayList<>();
        Optional<Element> general = path(invoice, "DLHDon", "TTChung");
        Optional<Element> seller = path(invoice, "DLHDon", "NDHDon", "NBan");
        Optional<Element> totals = path(invoice, "DLHDon", "NDHDon", "TToan");
        if (!"HDon".equals(invoice.getLocalName()) || general.isEmpty() || seller.isEmpty() || totals.isEmpty()) {
            errors.add(SimError.MISSING_FIELD);
            return new Result(Optional.empty(), errors);
        }
        String version = text(general.get(), "PBan");
        String form = text(general.get(), "KHMSHDon");
        String symbol = text(general.get(), "KHHDon");
        String number = text(general.get(), "SHDon");
        String date = text(general.get(), "NLap");
        String sellerTaxCode = text(seller.get(), "MST");
        if (!version.equals("2.1.0")) {
            errors.add(SimError.WRONG_FORMAT_VERSION);
        }
        if (!form.matches("[1-9]")) {
            errors.add(SimError.BAD_FORM);
        }
        if (!SYMBOL.matcher(symbol).matches()
                || date.length() < 4
                || !symbol.substring(1, 3).equals(date.substring(2, 4))) {
            errors.add(SimError.BAD_SYMBOL);
        }
        if (number.isEmpty() || date.isEmpty() || sellerTaxCode.isEmpty()) {
            errors.add(SimError.MISSING_FIELD);
        }
        if (!sellerTaxCode.equals(envelopeTaxCode)) {
            errors.add(SimError.SELLER_MISMATCH);
        }
        checkAmounts(invoice, totals.get(), errors);
        return new Result(Optional.of(new InvoiceKey(sellerTaxCode, form, symbol, number)), errors);
    }

    private static void checkAmounts(Element invoice, Element totals, List<SimError> errors) {
        try {
            BigDecimal before = amount(totals, "TgTCThue");
            BigDecimal tax = amount(totals, "TgTThue");
            BigDecimal payable = amount(totals, "TgTTTBSo");
            if (before.add(tax).compareTo(payable) != 0) {
                errors.add(SimError.TOTALS_WRONG);
            }
            BigDecimal lines = BigDecimal.ZERO;
            for (Element line : descendants(invoice, "HHDVu")) {
                String value = text(line, "ThTien");
                if (!value.isEmpty() && !"3".equals(text(line, "TChat"))) {
                    lines = lines.add(new BigDecimal(value));
                }
            }
            if (lines.compareTo(before) != 0) {
                errors.add(SimError.LINE_SUM_WRONG);
            }
        } catch (NumberFormatException e) {
            errors.add(SimError.MISSING_FIELD);
        }
    }

    private static BigDecimal amount(Element parent, String name) {
        return new BigDecimal(text(parent, name));
    }

    static Optional<Element> path(Element from, String... names) {
        Optional<Element> at = Optional.of(from);
        for (String name : names) {
            at = at.flatMap(e -> child(e, name));
        }
        return at;
    }

    static Optional<Element> child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    static List<Element> children(Element parent) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                result.add(e);
            }
        }
        return result;
    }

    static String text(Element parent, String name) {
        return child(parent, name).map(e -> e.getTextContent().strip()).orElse("");
    }

    private static List<Element> descendants(Element root, String name) {
        List<Element> found = new ArrayList<>();
        var list = root.getElementsByTagName(name);
        for (int i = 0; i < list.getLength(); i++) {
            found.add((Element) list.item(i));
        }
        return found;
    }
}
