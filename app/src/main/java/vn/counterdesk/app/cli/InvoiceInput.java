package vn.counterdesk.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.counterdesk.app.config.BadInput;
import vn.counterdesk.app.config.JsonFields;
import vn.counterdesk.invoice.model.Buyer;
import vn.counterdesk.invoice.model.LineItem;
import vn.counterdesk.invoice.model.TaxRate;

/**
 * The JSON file of {@code invoice issue --input}: what the clerk sold and to whom. Seller, form, symbol and key
 * come from the settings; number, totals, VAT and words are computed. Format: {@code docs/cli.md}.
 */
record InvoiceInput(Optional<LocalDate> issueDate, Optional<String> paymentMethod, Buyer buyer, List<LineItem> lines) {

    static InvoiceInput read(Path file) throws BadInput {
        JsonNode tree;
        try {
            tree = Json.mapper().readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new BadInput(
                    "--input", "not valid JSON (line " + e.getLocation().getLineNr() + ")");
        } catch (IOException e) {
            throw new BadInput("--input", "cannot read " + file);
        }
        if (tree == null || !tree.isObject()) {
            throw new BadInput("--input", "must hold a JSON object");
        }
        JsonFields root = JsonFields.root(tree);
        return new InvoiceInput(
                root.optionalDate("issueDate"),
                root.optionalText("paymentMethod"),
                buyer(root.optionalObject("buyer")),
                lines(tree.get("lines"), root));
    }

    private static Buyer buyer(Optional<JsonFields> block) throws BadInput {
        Buyer buyer = Buyer.anonymous();
        if (block.isEmpty()) {
            return buyer;
        }
        JsonFields fields = block.get();
        Optional<String> name = fields.optionalText("name");
        Optional<String> idNumber = fields.optionalText("idNumber");
        Optional<String> taxCode = fields.optionalText("taxCode");
        Optional<String> address = fields.optionalText("address");
        if (idNumber.isPresent() && !idNumber.get().matches("[0-9]{12}")) {
            throw new BadInput(fields.name("idNumber"), "must be the 12-digit CCCD number");
        }
        if (taxCode.isPresent() && !taxCode.get().matches("[0-9]{10}(-[0-9]{3})?")) {
            throw new BadInput(fields.name("taxCode"), "must be a 10-digit tax code (optionally -NNN)");
        }
        buyer = name.isPresent() ? buyer.withName(name.get()) : buyer;
        buyer = idNumber.isPresent() ? buyer.withIdNumber(idNumber.get()) : buyer;
        buyer = taxCode.isPresent() ? buyer.withTaxCode(taxCode.get()) : buyer;
        buyer = address.isPresent() ? buyer.withAddress(address.get()) : buyer;
        Optional<String> email = fields.optionalText("email");
        return email.isPresent() ? buyer.withEmail(email.get()) : buyer;
    }

    private static List<LineItem> lines(JsonNode array, JsonFields root) throws BadInput {
        if (array == null || !array.isArray() || array.isEmpty()) {
            throw new BadInput("lines", "at least one line is needed");
        }
        List<LineItem> lines = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!array.get(i).isObject()) {
                throw new BadInput("lines[" + i + "]", "must be an object");
            }
            JsonFields line = new JsonFields(array.get(i), "lines[" + i + "]");
            BigDecimal quantity = line.decimal("quantity");
            BigDecimal unitPrice = line.decimal("unitPrice");
            if (quantity.signum() <= 0) {
                throw new BadInput(line.name("quantity"), "must be positive");
            }
            if (unitPrice.signum() < 0) {
                throw new BadInput(line.name("unitPrice"), "must not be negative");
            }
            lines.add(LineItem.goods(
                    line.text("name"), line.text("unit"), quantity, unitPrice, taxRate(line, "taxRate")));
        }
        return List.copyOf(lines);
    }

    /** {@code "0%"}, {@code "5%"}, {@code "8%"}, {@code "10%"}, {@code "KCT"}, {@code "KKKNT"} or another percentage. */
    private static TaxRate taxRate(JsonFields line, String field) throws BadInput {
        String code = line.text(field);
        for (TaxRate known : List.of(
                TaxRate.ZERO, TaxRate.FIVE, TaxRate.EIGHT, TaxRate.TEN, TaxRate.NOT_SUBJECT, TaxRate.NOT_DECLARED)) {
            if (known.code().equals(code)) {
                return known;
            }
        }
        if (code.endsWith("%")) {
            try {
                BigDecimal percent = new BigDecimal(code.substring(0, code.length() - 1));
                if (percent.signum() > 0 && percent.compareTo(BigDecimal.valueOf(100)) < 0) {
                    return TaxRate.other(percent);
                }
            } catch (NumberFormatException e) {
                // falls through to the error below
            }
        }
        throw new BadInput(line.name(field), "must be 0%, 5%, 8%, 10%, KCT, KKKNT or another percentage");
    }
}
