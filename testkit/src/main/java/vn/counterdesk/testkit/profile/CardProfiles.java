package vn.counterdesk.testkit.profile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * Reads card profiles (JSON, see {@code docs/card-profiles.md}) from a file or from the personas
 * shipped in this module, resolving the photo next to the profile or drawing a synthetic one.
 */
public final class CardProfiles {

    /** The persona used when none is named. */
    public static final String DEFAULT_PERSONA = "nguyen-van-an";

    private static final String PERSONA_ROOT = "/vn/counterdesk/testkit/personas/";
    private static final Set<String> FIELDS = Set.of(
            "name",
            "generation",
            "idNumber",
            "fullName",
            "dateOfBirth",
            "sex",
            "nationality",
            "ethnicity",
            "religion",
            "placeOfOrigin",
            "placeOfResidence",
            "identifyingFeatures",
            "dateOfIssue",
            "dateOfExpiry",
            "fatherName",
            "motherName",
            "spouseName",
            "oldIdNumber",
            "chipSerial",
            "photo",
            "activeAuthentication",
            "faults");

    private CardProfiles() {}

    /** The names of the shipped personas, default first. */
    public static List<String> personaNames() {
        try (InputStream in = CardProfiles.class.getResourceAsStream(PERSONA_ROOT + "personas.txt")) {
            if (in == null) {
                throw new IllegalStateException("persona index missing from the testkit");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the persona index", e);
        }
    }

    /** All shipped personas, default first. */
    public static List<CardProfile> personas() {
        List<CardProfile> out = new ArrayList<>();
        for (String name : personaNames()) {
            try {
                out.add(persona(name));
            } catch (ProfileException e) {
                throw new IllegalStateException("shipped persona " + name + " is invalid: " + e.getMessage(), e);
            }
        }
        return out;
    }

    public static CardProfile persona(String name) throws ProfileException {
        if (!personaNames().contains(name)) {
            throw new ProfileException("no persona named '" + name + "' (see sim card --list)");
        }
        return parse(resource(name + ".json").orElseThrow(), photoName -> resource(photoName));
    }

    /** A persona name, or else a path to a profile file (photo resolved next to it). */
    public static CardProfile resolve(String nameOrFile) throws ProfileException {
        if (personaNames().contains(nameOrFile)) {
            return persona(nameOrFile);
        }
        Path file = Path.of(nameOrFile);
        if (!Files.isRegularFile(file)) {
            throw new ProfileException("profile '" + nameOrFile + "' is neither a persona nor a readable file");
        }
        return fromFile(file);
    }

    public static CardProfile fromFile(Path file) throws ProfileException {
        try {
            byte[] json = Files.readAllBytes(file);
            Path dir = file.toAbsolutePath().getParent();
            return parse(json, photoName -> {
                Path photo = dir.resolve(photoName);
                try {
                    return Files.isRegularFile(photo) ? Optional.of(Files.readAllBytes(photo)) : Optional.empty();
                } catch (IOException e) {
                    return Optional.empty();
                }
            });
        } catch (IOException e) {
            throw new ProfileException("cannot read profile file " + file.getFileName(), e);
        }
    }

    /** Looks a photo file up by the name given in the profile. */
    @FunctionalInterface
    interface PhotoSource {
        Optional<byte[]> find(String name);
    }

    static CardProfile parse(byte[] json, PhotoSource photos) throws ProfileException {
        if (!(JsonReader.parse(new String(json, StandardCharsets.UTF_8)) instanceof Map<?, ?> root)) {
            throw new ProfileException("profile must be a JSON object");
        }
        for (Object key : root.keySet()) {
            if (!FIELDS.contains(key)) {
                throw new ProfileException("unknown field '" + key + "'");
            }
        }
        Fields f = new Fields(root);
        String name = f.required("name");
        CardProfile.Photo photo;
        Optional<String> photoName = f.optional("photo");
        if (photoName.isPresent()) {
            byte[] jpeg = photos.find(photoName.get())
                    .orElseThrow(() -> new ProfileException("photo: file not found next to the profile"));
            photo = jpegPhoto(jpeg);
        } else {
            photo = SyntheticPortrait.render(name);
        }
        String expiry = f.required("dateOfExpiry");
        Optional<LocalDate> dateOfExpiry =
                expiry.equalsIgnoreCase("none") ? Optional.empty() : Optional.of(f.date("dateOfExpiry", expiry));
        return new CardProfile(
                        name,
                        f.enumValue(
                                "generation", CardProfile.CardGeneration.class, CardProfile.CardGeneration.CCCD_2021),
                        f.required("idNumber"),
                        f.required("fullName"),
                        f.date("dateOfBirth", f.required("dateOfBirth")),
                        f.enumValue("sex", CardProfile.Sex.class, null),
                        f.optional("nationality").orElse("Việt Nam"),
                        f.optional("ethnicity").orElse("Kinh"),
                        f.optional("religion").orElse("Không"),
                        f.required("placeOfOrigin"),
                        f.required("placeOfResidence"),
                        f.optional("identifyingFeatures"),
                        f.date("dateOfIssue", f.required("dateOfIssue")),
                        dateOfExpiry,
                        f.optional("fatherName"),
                        f.optional("motherName"),
                        f.optional("spouseName"),
                        f.optional("oldIdNumber"),
                        f.optional("chipSerial"),
                        photo,
                        f.enumValue(
                                "activeAuthentication", CardProfile.AaAlgorithm.class, CardProfile.AaAlgorithm.ECDSA),
                        f.stringList("faults"))
                .validated();
    }

    private static CardProfile.Photo jpegPhoto(byte[] jpeg) throws ProfileException {
        if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
            throw new ProfileException("photo: not a JPEG file");
        }
        try {
            var image = ImageIO.read(new java.io.ByteArrayInputStream(jpeg));
            if (image == null) {
                throw new ProfileException("photo: unreadable JPEG");
            }
            return new CardProfile.Photo(jpeg, image.getWidth(), image.getHeight());
        } catch (IOException e) {
            throw new ProfileException("photo: unreadable JPEG", e);
        }
    }

    private static Optional<byte[]> resource(String name) {
        try (InputStream in = CardProfiles.class.getResourceAsStream(PERSONA_ROOT + name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Typed access to the members of the profile object; errors name the field. */
    private record Fields(Map<?, ?> root) {

        String required(String field) throws ProfileException {
            return optional(field).orElseThrow(() -> new ProfileException(field + ": required"));
        }

        Optional<String> optional(String field) throws ProfileException {
            Object value = root.get(field);
            if (value == null) {
                return Optional.empty();
            }
            if (!(value instanceof String text)) {
                throw new ProfileException(field + ": must be a string");
            }
            return text.isBlank() ? Optional.empty() : Optional.of(text.strip());
        }

        LocalDate date(String field, String text) throws ProfileException {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new ProfileException(field + ": not an ISO date (yyyy-MM-dd)");
            }
        }

        <E extends Enum<E>> E enumValue(String field, Class<E> type, E fallback) throws ProfileException {
            Optional<String> text = optional(field);
            if (text.isEmpty()) {
                if (fallback == null) {
                    throw new ProfileException(field + ": required");
                }
                return fallback;
            }
            try {
                return Enum.valueOf(type, text.get().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ProfileException(
                        field + ": not one of " + java.util.Arrays.toString(type.getEnumConstants()));
            }
        }

        List<String> stringList(String field) throws ProfileException {
            Object value = root.get(field);
            if (value == null) {
                return List.of();
            }
            if (!(value instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
                throw new ProfileException(field + ": must be an array of strings");
            }
            return list.stream().map(String.class::cast).toList();
        }
    }
}
