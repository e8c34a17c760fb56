package vn.counterdesk.invoice.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.counterdesk.invoice.format.FormatDefinition;
import vn.counterdesk.invoice.model.Buyer;
import vn.counterdesk.invoice.model.GeneralInfo;
import vn.counterdesk.invoice.model.Invoice;
import vn.counterdesk.invoice.model.LineItem;
import vn.counterdesk.invoice.model.LineNature;
import vn.counterdesk.invoice.model.RelatedInvoice;
import vn.counterdesk.invoice.numbering.InvoiceSymbol;

/**
 * Business rules of one format version that the XSD cannot express (spec §12 layer 3): symbol letters and year,
 * form digit, currency rate, buyer identifiers, special goods, cash-register code, rate codes, sign of amounts.
 * Amount arithmetic is {@link vn.counterdesk.invoice.money.ConsistencyChecker}'s job.
 */
public final class InvoiceRules {

    private static final String GENERAL = "/HDon/DLHDon/TTChung/";
    private static final String BUYER = "/HDon/DLHDon/NDHDon/NMua/";
    private static final Pattern PERSONAL_ID = Pattern.compile("[0-9]{12}");
    private static final Pattern TAX_CODE = Pattern.compile("[0-9]{10}(-[0-9]{3})?|[0-9]{12}");

    private final FormatDefinition format;

    public InvoiceRules(FormatDefinition format) {
        this.format = Objects.requireNonNull(format, "format");
    }

    public List<Problem> check(Invoice invoice) {
        List<Problem> problems = new ArrayList<>();
        GeneralInfo g = invoice.general();
        if (!format.codes().formDigits().contains(g.form())) {
            problems.add(Problem.error(
                    "FORM", GENERAL + "KHMSHDon", "form " + g.form() + " is not in format " + format.version()));
        }
        switch (InvoiceSymbol.parse(g.symbol(), format.codes())) {
            case InvoiceSymbol.Parsed.Invalid invalid ->
                problems.add(Problem.error("SYMBOL", GENERAL + "KHHDon", invalid.reason()));
            case InvoiceSymbol.Parsed.Valid valid -> {
                if (!valid.symbol().matchesYearOf(g.issueDate())) {
                    problems.add(Problem.error(
                            "SYMBOL_YEAR",
                            GENERAL + "KHHDon",
                            "symbol year differs from the issue year "
                                    + g.issueDate().getYear()));
                }
                if (valid.symbol().cashRegister()) {
                    checkCashRegisterCode(invoice, problems);
                }
            }
        }
        if (!g.inVnd() && g.exchangeRate().isEmpty()) {
            problems.add(
                    Problem.error("EXCHANGE_RATE", GENERAL + "TGia", "TGia is required for currency " + g.currency()));
        }
        checkBuyer(invoice.buyer(), problems);
        checkLines(invoice, problems);
        return List.copyOf(problems);
    }

    private void checkCashRegisterCode(Invoice invoice, List<Problem> problems) {
        invoice.authorityCode().ifPresent(code -> {
            if (!format.codes().cashRegisterCode().matcher(code.value()).matches()) {
                problems.add(Problem.error(
                        "CASH_REGISTER_CODE",
                        "/HDon/MCCQT",
                        "a cash-register invoice's MCCQT must look like M1-25-A1B2C-00001234567"));
            }
        });
    }

    private static void checkBuyer(Buyer buyer, List<Problem> problems) {
        buyer.idNumber()
                .filter(id -> !PERSONAL_ID.matcher(id).matches())
                .ifPresent(id -> problems.add(Problem.error(
                        "BUYER_ID_NUMBER", BUYER + "CCCDan", "the personal ID number must be 12 digits")));
        buyer.taxCode()
                .filter(mst -> !TAX_CODE.matcher(mst).matches())
                .ifPresent(mst -> problems.add(Problem.error(
                        "BUYER_TAX_CODE",
                        BUYER + "MST",
                        "a tax code is 10 digits, 10-3 digits for a branch, or a 12-digit personal ID")));
    }

    private void checkLines(Invoice invoice, List<Problem> problems) {
        boolean decreasing = invoice.general()
                .related()
                .map(r -> r.relation() == RelatedInvoice.Relation.ADJUSTMENT)
                .orElse(false);
        for (int i = 0; i < invoice.lines().size(); i++) {
            LineItem line = invoice.lines().get(i);
            String path = "/HDon/DLHDon/NDHDon/DSHHDVu/HHDVu[" + (i + 1) + "]/";
            if (!format.codes().lineNatures().contains(line.nature().code())) {
                problems.add(Problem.error(
                        "LINE_NATURE",
                        path + "TChat",
                        "TChat " + line.nature().code() + " is not in format " + format.version()));
            }
            if (line.nature() == LineNature.SPECIAL_GOODS && line.specialGoods().isEmpty()) {
                problems.add(
                        Problem.error("SPECIAL_GOODS", path + "TTHHDTrung", "a special-goods line needs TTHHDTrung"));
            }
            if (line.nature().carriesAmount() && line.amount().isEmpty()) {
                problems.add(Problem.error("LINE_AMOUNT", path + "ThTien", "ThTien is required on this line"));
            }
            line.taxRate()
                    .filter(r -> !format.codes().isTaxRate(r.code()))
                    .ifPresent(r -> problems.add(Problem.warning(
                            "TAX_RATE", path + "TSuat", "rate " + r.code() + " is not in the rate list")));
            if (!decreasing && line.amount().filter(a -> a.signum() < 0).isPresent()) {
                problems.add(Problem.warning(
                        "NEGATIVE_AMOUNT", path + "ThTien", "negative amounts belong on adjustment invoices only"));
            }
        }
        if (!decreasing && invoice.totals().totalPayable().compareTo(BigDecimal.ZERO) < 0) {
            problems.add(Problem.warning(
                    "NEGATIVE_AMOUNT",
                    "/HDon/DLHDon/NDHDon/TToan/TgTTTBSo",
                    "negative total on an invoice that adjusts nothing"));
        }
    }
}
