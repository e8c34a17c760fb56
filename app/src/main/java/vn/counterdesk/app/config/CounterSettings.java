package vn.counterdesk.app.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The counter's configuration, {@code <data-dir>/settings.json}: who sells (seller profile), under which form and
 * symbol, with which signing key, how the database key is unlocked, and the party codes of the sync messages.
 * The format is documented in {@code docs/cli.md}.
 */
public record CounterSettings(
        SellerProfile seller,
        InvoiceProfile invoice,
        Optional<SigningKey> signing,
        SecretSource storePassphrase,
        SyncParties sync) {

    public static final String FILE_NAME = "settings.json";

    /** Seller block of every invoice ({@code NBan}). */
    public record SellerProfile(
            String name, String taxCode, String address, Optional<String> phone, Optional<String> email) {}

    /** {@code KHMSHDon}, {@code KHHDon}, the invoice name and defaults for the general part. */
    public record InvoiceProfile(String form, String symbol, String name, String paymentMethod) {}

    /** {@code MNGui} (the solution provider, prefix of every MTDiep) and {@code MNNhan} (the T-VAN). */
    public record SyncParties(String sender, String receiver) {}

    public static CounterSettings load(Path dataDirectory) throws BadInput {
        Path file = dataDirectory.resolve(FILE_NAME);
        JsonFields root;
        try {
            root = JsonFields.root(new ObjectMapper().readTree(Files.readString(file)));
        } catch (NoSuchFileException e) {
            throw new BadInput(FILE_NAME, "not found in the data directory " + dataDirectory);
        } catch (JsonProcessingException e) {
            throw new BadInput(
                    FILE_NAME, "not valid JSON (line " + e.getLocation().getLineNr() + ")");
        } catch (IOException e) {
            throw new BadInput(FILE_NAME, "cannot be read");
        }
        if (!root.node().isObject()) {
            throw new BadInput(FILE_NAME, "must hold a JSON object");
        }
        JsonFields seller = root.object("seller");
        JsonFields invoice = root.object("invoice");
        JsonFields store = root.object("store");
        Optional<JsonFields> sync = root.optionalObject("sync");
        Optional<JsonFields> signing = root.optionalObject("signing");
        return new CounterSettings(
                new SellerProfile(
                        seller.text("name"),
                        seller.text("taxCode"),
                        seller.text("address"),
                        seller.optionalText("phone"),
                        seller.optionalText("email")),
                new InvoiceProfile(
                        invoice.text("form"),
                        invoice.text("symbol"),
                        invoice.optionalText("name").orElse("Hóa đơn giá trị gia tăng"),
                        invoice.optionalText("paymentMethod").orElse("TM/CK")),
                signing.isPresent() ? Optional.of(SigningKey.parse(signing.get(), dataDirectory)) : Optional.empty(),
                SecretSource.parse(store.object("passphrase"), dataDirectory),
                new SyncParties(textOr(sync, "sender", "0100000000"), textOr(sync, "receiver", "V0100000000")));
    }

    private static String textOr(Optional<JsonFields> block, String field, String fallback) throws BadInput {
        return block.isPresent() ? block.get().optionalText(field).orElse(fallback) : fallback;
    }

    public SigningKey requireSigning() throws BadInput {
        return signing.orElseThrow(() -> new BadInput("signing", "no signing key configured in " + FILE_NAME));
    }
}
