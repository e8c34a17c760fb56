package vn.counterdesk.testkit.upstream;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * The simulator's check of the data messages other than 200 (einvoice.md §9.2–§9.4): 203 uncoded invoices
 * (several per message), 206 one cash-register invoice with the seller's {@code CKSNNT}, and 300 the error
 * notice 04/SS-HĐĐT. Errors in the envelope itself are reported in the 999; errors in the data in the 204
 * (203, 206) or the 301 (300). Signatures are checked for presence only.
 */
final class DataMessageCheck {

    /** 204 {@code LTBao}: 2 data valid, 3 individual invoices invalid, 7 cash-register preliminary check failed. */
    static final int VALID = 2;

    static final int INVOICES_INVALID = 3;
    static final int CASH_REGISTER_INVALID = 7;

    private static final Pattern CASH_REGISTER_CODE = Pattern.compile("M([1-9])-([0-9]{2})-[A-Z0-9]{5}-[0-9]{11}");
    private static final String NOTICE_FORM = "04/SS-HĐĐT";
    /** {@code TCTBao}: 1 cancel (refused since 1 Jun 2025), 2 adjust, 3 replace, 4 explanation. */
    private static final String CANCEL = "1";

    private static final Set<String> NOTICE_KINDS = Set.of("1", "2", "3", "4");

    /** Envelope errors (answered in the 999, nothing else) or the data errors the 204/301 reports. */
    record Result(List<SimError> envelopeErrors, List<SimError> dataErrors) {
        static Result envelope(SimError error) {
            return new Result(List.of(error), List.of());
        }

        static Result data(List<SimError> errors) {
            return new Result(List.of(), List.copyOf(errors));
        }
    }

    private DataMessageCheck() {}

    /** 203: {@code SLuong} uncoded invoices of the envelope's taxpayer, none carrying an {@code MCCQT}. */
    static Result uncodedInvoices(Envelope envelope) {
        List<Element> invoices = InvoiceCheck.children(envelope.data());
        if (invoices.isEmpty()
                || invoices.size() != envelope.count()
                || invoices.stream().anyMatch(i -> !"HDon".equals(i.getLocalName()))) {
            return Result.envelope(SimError.BAD_ENVELOPE);
        }
        List<SimError> errors = new ArrayList<>();
        for (Element invoice : invoices) {
            errors.addAll(InvoiceCheck.check(invoice, envelope.taxCode()).errors());
            if (InvoiceCheck.child(invoice, "MCCQT").isPresent()) {
                errors.add(SimError.CODE_NOT_EXPECTED);
            }
        }
        return Result.data(errors.stream().distinct().toList());
    }

    /** 206: one cash-register invoice whose code the seller generated (§3.5), signed in {@code CKSNNT}. */
    static Result cashRegisterInvoice(Envelope envelope) {
        List<Element> invoices = InvoiceCheck.children(envelope.data());
        if (envelope.count() != 1
                || invoices.size() != 1
                || !"HDon".equals(invoices.getFirst().getLocalName())) {
            return Result.envelope(SimError.BAD_ENVELOPE);
        }
        if (!envelope.sellerSigned()) {
            return Result.envelope(SimError.SELLER_SIGNATURE_MISSING);
        }
        Element invoice = invoices.getFirst();
        List<SimError> errors =
                new ArrayList<>(InvoiceCheck.check(invoice, envelope.taxCode()).errors());
        var code = CASH_REGISTER_CODE.matcher(InvoiceCheck.text(invoice, "MCCQT"));
        String form = InvoiceCheck.path(invoice, "DLHDon", "TTChung")
                .map(general -> InvoiceCheck.text(general, "KHMSHDon"))
                .orElse("");
        String symbol = InvoiceCheck.path(invoice, "DLHDon", "TTChung")
                .map(general -> InvoiceCheck.text(general, "KHHDon"))
                .orElse("");
        if (!code.matches()
                || !code.group(1).equals(form)
                || symbol.length() < 3
                || !code.group(2).equals(symbol.substring(1, 3))) {
            errors.add(SimError.CASH_REGISTER_CODE_INVALID);
        }
        return Result.data(errors);
    }

    /** 300: a signed 04/SS-HĐĐT of the envelope's taxpayer listing at least one invoice and what is done to it. */
    static Result errorNotice(Envelope envelope) {
        List<Element> items = InvoiceCheck.children(envelope.data());
        Optional<Element> notice =
                items.size() == 1 && "TBao".equals(items.getFirst().getLocalName())
                        ? InvoiceCheck.child(items.getFirst(), "DLTBao")
                        : Optional.empty();
        if (envelope.count() != 1 || notice.isEmpty()) {
            return Result.envelope(SimError.BAD_ENVELOPE);
        }
        if (InvoiceCheck.path(items.getFirst(), "DSCKS", "NNT").isEmpty()) {
            return Result.envelope(SimError.SELLER_SIGNATURE_MISSING);
        }
        Element form = notice.get();
        List<SimError> errors = new ArrayList<>();
        if (!NOTICE_FORM.equals(InvoiceCheck.text(form, "MSo"))
                || !Set.of("1", "2").contains(InvoiceCheck.text(form, "Loai"))) {
            errors.add(SimError.NOTICE_FORM_WRONG);
        }
        if (!InvoiceCheck.text(form, "MST").equals(envelope.taxCode())) {
            errors.add(SimError.SELLER_MISMATCH);
        }
        List<Element> invoices =
                InvoiceCheck.child(form, "DSHDon").map(InvoiceCheck::children).orElse(List.of());
        if (invoices.isEmpty()) {
            errors.add(SimError.NOTICE_INVOICE_INCOMPLETE);
        }
        for (Element invoice : invoices) {
            String kind = InvoiceCheck.text(invoice, "TCTBao");
            if (CANCEL.equals(kind)) {
                errors.add(SimError.CANCEL_NOT_ACCEPTED);
            } else if (!NOTICE_KINDS.contains(kind)
                    || InvoiceCheck.text(invoice, "KHMSHDon").isEmpty()
                    || InvoiceCheck.text(invoice, "KHHDon").isEmpty()
                    || InvoiceCheck.text(invoice, "SHDon").isEmpty()) {
                errors.add(SimError.NOTICE_INVOICE_INCOMPLETE);
            }
        }
        return Result.data(errors.stream().distinct().toList());
    }
}
