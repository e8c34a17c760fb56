package vn.counterdesk.app.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;

/**
 * Writes {@code settings.json} (what {@link CounterSettings#load} reads) and the secrets it points to. Secrets go
 * to their own owner-only files under {@code secrets/}, so the settings file itself never holds one.
 */
public final class SettingsFile {

    public static final String SECRETS = "secrets";

    private SettingsFile() {}

    /** Validates, then replaces settings.json in one move: a crash mid-write never leaves half a file. */
    public static void save(Path dataDirectory, CounterSettings settings) throws BadInput, IOException {
        settings.validated();
        Files.createDirectories(dataDirectory);
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        byte[] json = mapper.writeValueAsBytes(toJson(mapper, settings, dataDirectory));
        Path temporary = Files.createTempFile(dataDirectory, "settings", ".tmp");
        Files.write(temporary, json);
        Files.move(
                temporary,
                dataDirectory.resolve(CounterSettings.FILE_NAME),
                StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Stores a secret typed in the UI as {@code secrets/<name>} (readable by the owner only) and returns the source
     * that settings.json names. The array is zeroed.
     */
    public static SecretSource storeSecret(Path dataDirectory, String field, String name, char[] secret)
            throws IOException {
        Path directory = Files.createDirectories(dataDirectory.resolve(SECRETS));
        Path file = directory.resolve(name);
        java.nio.ByteBuffer encoded = StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(secret));
        byte[] bytes = Arrays.copyOf(encoded.array(), encoded.limit());
        Arrays.fill(encoded.array(), (byte) 0);
        try {
            Files.deleteIfExists(file);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.write(file, bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
            Arrays.fill(secret, '\0');
        }
        return new SecretSource.FromFile(field, file);
    }

    private static ObjectNode toJson(ObjectMapper mapper, CounterSettings settings, Path dataDirectory) {
        ObjectNode root = mapper.createObjectNode();
        var seller = settings.seller();
        ObjectNode sellerNode = root.putObject("seller")
                .put("name", seller.name())
                .put("taxCode", seller.taxCode())
                .put("address", seller.address());
        seller.phone().ifPresent(phone -> sellerNode.put("phone", phone));
        seller.email().ifPresent(email -> sellerNode.put("email", email));
        var invoice = settings.invoice();
        root.putObject("invoice")
                .put("form", invoice.form())
                .put("symbol", invoice.symbol())
                .put("name", invoice.name())
                .put("paymentMethod", invoice.paymentMethod());
        settings.signing().ifPresent(key -> {
            ObjectNode signing = root.putObject("signing");
            switch (key) {
                case SigningKey.Pkcs12 p12 -> {
                    signing.put("type", "pkcs12").put("file", relative(dataDirectory, p12.file()));
                    signing.set("password", secret(mapper, p12.password(), dataDirectory));
                    p12.alias().ifPresent(alias -> signing.put("alias", alias));
                }
                case SigningKey.Pkcs11 p11 -> {
                    signing.put("type", "pkcs11")
                            .put("library", p11.library().toString())
                            .put("slot", p11.slotIndex());
                    signing.set("pin", secret(mapper, p11.pin(), dataDirectory));
                    p11.alias().ifPresent(alias -> signing.put("alias", alias));
                }
            }
        });
        root.putObject("store").set("passphrase", secret(mapper, settings.storePassphrase(), dataDirectory));
        root.putObject("sync")
                .put("sender", settings.sync().sender())
                .put("receiver", settings.sync().receiver());
        var counter = settings.counter();
        ObjectNode counterNode = root.putObject("counter")
                .put("language", counter.language())
                .put("idleLockMinutes", counter.idleLockMinutes());
        counter.reader().ifPresent(reader -> counterNode.put("reader", reader));
        root.putObject("retention")
                .put("cardReadDays", settings.retention().cardReadDays())
                .put("storePhotos", settings.retention().storePhotos());
        settings.upstream().ifPresent(upstream -> {
            ObjectNode node = root.putObject("upstream")
                    .put("endpoint", upstream.endpoint().toString())
                    .put("taxAuthorityCertificates", relative(dataDirectory, upstream.taxAuthorityCertificates()));
            upstream.token().ifPresent(token -> node.set("token", secret(mapper, token, dataDirectory)));
        });
        return root;
    }

    private static ObjectNode secret(ObjectMapper mapper, SecretSource source, Path dataDirectory) {
        return switch (source) {
            case SecretSource.FromEnvironment env -> mapper.createObjectNode().put("env", env.variable());
            case SecretSource.FromFile file ->
                mapper.createObjectNode().put("file", relative(dataDirectory, file.file()));
        };
    }

    /** Files inside the data directory are written relative to it, so the directory can be moved or restored. */
    private static String relative(Path dataDirectory, Path file) {
        Path base = dataDirectory.toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        return (absolute.startsWith(base) ? base.relativize(absolute) : absolute)
                .toString()
                .replace('\\', '/');
    }
}
