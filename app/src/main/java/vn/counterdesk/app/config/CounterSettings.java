package vn.counterdesk.app.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The counter's configuration, {@code <data-dir>/settings.json}: who sells (seller profile), under which form and
 * symbol, with which signing key, how the database key is unlocked, and the party codes of the sync messages.
 * The settings screen writes the same file through {@link SettingsFile}. The format is documented in
 * {@code docs/cli.md}.
 */
public record CounterSettings(
        SellerProfile seller,
        InvoiceProfile invoice,
        Optional<SigningKey> signing,
        SecretSource storePassphrase,
        SyncParties sync,
        CounterPreferences counter,
        Retention retention,
        Optional<Upstream> upstream) {

    public static final String FILE_NAME = "settings.json";

    /** Seller block of every invoice ({@code NBan}). */
    public record SellerProfile(
            String name, String taxCode, String address, Optional<String> phone, Optional<String> email) {}

    /** {@code KHMSHDon}, {@code KHHDon}, the invoice name and defaults for the general part. */
    public record InvoiceProfile(String form, String symbol, String name, String paymentMethod) {}

    /** {@code MNGui} (the solution provider, prefix of every MTDiep) and {@code MNNhan} (the T-VAN). */
    public record SyncParties(String sender, String receiver) {}

    /** The desk itself: UI language ({@code vi} or {@code en}), minutes of idleness before the lock, reader. */
    public record CounterPreferences(String language, int idleLockMinutes, Optional<String> reader) {
        public static CounterPreferences defaults() {
            return new CounterPreferences("vi", 5, Optional.empty());
        }
    }

    /** How long card reads are kept, and whether the face image is stored with the person. */
    public record Retention(int cardReadDays, boolean storePhotos) {
        public static Retention defaults() {
            return new Retention(90, false);
        }
    }

    /**
     * The T-VAN: its endpoint, the tax authority's certificate(s) its 202 answers are checked against (PEM or DER
     * file) and where the bearer token comes from.
     */
    public record Upstream(URI endpoint, Path taxAuthorityCertificates, Optional<SecretSource> token) {}

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
        Optional<JsonFields> counter = root.optionalObject("counter");
        Optional<JsonFields> retention = root.optionalObject("retention");
        Optional<JsonFields> upstream = root.optionalObject("upstream");
        var defaults = CounterPreferences.defaults();
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
                new SyncParties(textOr(sync, "sender", "0100000000"), textOr(sync, "receiver", "V0100000000")),
                new CounterPreferences(
                        textOr(counter, "language", defaults.language()),
                        counter.isPresent()
                                ? counter.get().integer("idleLockMinutes", defaults.idleLockMinutes())
                                : defaults.idleLockMinutes(),
                        counter.isPresent() ? counter.get().optionalText("reader") : Optional.empty()),
                new Retention(
                        retention.isPresent()
                                ? retention
                                        .get()
                                        .integer(
                                                "cardReadDays",
                                                Retention.defaults().cardReadDays())
                                : Retention.defaults().cardReadDays(),
                        retention.isPresent() && retention.get().bool("storePhotos", false)),
                upstream.isPresent() ? Optional.of(upstream(upstream.get(), dataDirectory)) : Optional.empty());
    }

    private static Upstream upstream(JsonFields upstream, Path dataDirectory) throws BadInput {
        URI endpoint;
        try {
            endpoint = new URI(upstream.text("endpoint"));
        } catch (URISyntaxException e) {
            throw new BadInput(upstream.name("endpoint"), "not a URL");
        }
        Optional<JsonFields> token = upstream.optionalObject("token");
        return new Upstream(
                endpoint,
                dataDirectory.resolve(upstream.text("taxAuthorityCertificates")),
                token.isPresent() ? Optional.of(SecretSource.parse(token.get(), dataDirectory)) : Optional.empty());
    }

    /**
     * Checks what a person types in the settings screen; the message names the field as it appears in this file.
     */
    public CounterSettings validated() throws BadInput {
        require(seller.name(), "seller.name");
        if (!seller.taxCode().matches("\\d{10}(-\\d{3})?")) {
            throw new BadInput("seller.taxCode", "must be 10 digits, or 10 digits, a hyphen and 3 digits");
        }
        require(seller.address(), "seller.address");
        if (!invoice.form().matches("[1-9]")) {
            throw new BadInput("invoice.form", "must be one digit, 1 to 9");
        }
        if (!invoice.symbol().matches("[CK]\\d{2}[A-Z]{3}")) {
            throw new BadInput("invoice.symbol", "must be C or K, the 2-digit year and 3 capital letters (C26TAA)");
        }
        if (!counter.language().equals("vi") && !counter.language().equals("en")) {
            throw new BadInput("counter.language", "must be \"vi\" or \"en\"");
        }
        if (counter.idleLockMinutes() < 1 || counter.idleLockMinutes() > 240) {
            throw new BadInput("counter.idleLockMinutes", "must be between 1 and 240");
        }
        if (retention.cardReadDays() < 1 || retention.cardReadDays() > 3650) {
            throw new BadInput("retention.cardReadDays", "must be between 1 and 3650");
        }
        if (upstream.isPresent()) {
            String scheme =
                    Optional.ofNullable(upstream.get().endpoint().getScheme()).orElse("");
            if (!(scheme.equals("https") || scheme.equals("http"))
                    || upstream.get().endpoint().getHost() == null) {
                throw new BadInput("upstream.endpoint", "must be an http or https URL");
            }
        }
        return this;
    }

    private static void require(String value, String field) throws BadInput {
        if (value.isBlank()) {
            throw new BadInput(field, "missing");
        }
    }

    private static String textOr(Optional<JsonFields> block, String field, String fallback) throws BadInput {
        return block.isPresent() ? block.get().optionalText(field).orElse(fallback) : fallback;
    }

    public SigningKey requireSigning() throws BadInput {
        return signing.orElseThrow(() -> new BadInput("signing", "no signing key configured in " + FILE_NAME));
    }
}
