package vn.counterdesk.card.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.counterdesk.card.lds.Dg13;
import vn.counterdesk.card.lds.FaceImage;
import vn.counterdesk.card.lds.MrzDates;
import vn.counterdesk.card.lds.MrzRecord;
import vn.counterdesk.card.tlv.TlvParseException;

/** Builds an {@link IdentityDocument} from parsed DG13, DG1 and DG2 (spec §8.3 rules 4–7). */
public final class IdentityDocuments {

    private static final DateTimeFormatter DG13_DATE =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    /** DG13 field numbers this class interprets; others are kept raw. */
    private static final int LAST_KNOWN_FIELD = 15;

    private IdentityDocuments() {}

    public static IdentityDocument from(
            Map<Integer, Dg13.Entry> dg13, Optional<MrzRecord> dg1, Optional<FaceImage> photo, LocalDate today)
            throws TlvParseException {
        Optional<String> dg13Id = text(dg13, 1);
        Optional<String> mrzId = dg1.flatMap(MrzRecord::vietnameseIdNumber);
        String idNumber = dg13Id.or(() -> mrzId)
                .orElseThrow(() -> new TlvParseException("neither DG13 nor DG1 holds the ID number"));
        String fullName = text(dg13, 2)
                .or(() -> dg1.map(MrzRecord::names))
                .orElseThrow(() -> new TlvParseException("neither DG13 nor DG1 holds the name"));

        List<String> inconsistencies = new ArrayList<>();
        if (dg13Id.isPresent() && mrzId.isPresent() && !dg13Id.equals(mrzId)) {
            inconsistencies.add("ID number in DG13 differs from the MRZ");
        }
        dg1.filter(m -> !m.checkDigitsValid()).ifPresent(m -> inconsistencies.add("MRZ check digits do not match"));

        Optional<LocalDate> birth =
                date(dg13, 3).or(() -> dg1.flatMap(m -> MrzDates.birthDate(m.dateOfBirth(), today)));
        Optional<String> expiryText = text(dg13, 12);
        Optional<LocalDate> expiry = expiryText.isPresent()
                ? date(dg13, 12)
                : dg1.flatMap(m -> MrzDates.expiryDate(m.dateOfExpiry(), today));

        // Parents keep their positions (father first, mother second) even when one is empty.
        List<String> parents =
                Optional.ofNullable(dg13.get(13)).map(Dg13.Entry::strings).orElse(List.of());
        List<Dg13.Entry> others = dg13.values().stream()
                .filter(e -> e.number() < 1 || e.number() > LAST_KNOWN_FIELD)
                .toList();
        return new IdentityDocument(
                idNumber,
                fullName,
                birth,
                text(dg13, 4).map(IdentityDocuments::sexFromVietnamese).or(() -> dg1.map(m -> sexFromMrz(m.sex()))),
                text(dg13, 5),
                text(dg13, 6),
                text(dg13, 7),
                text(dg13, 8),
                text(dg13, 9),
                text(dg13, 10),
                date(dg13, 11),
                expiry,
                expiryText,
                nonBlank(parents, 0),
                nonBlank(parents, 1),
                parents.size() == 1,
                text(dg13, 14),
                text(dg13, 15),
                dg1,
                photo,
                others,
                inconsistencies);
    }

    private static Optional<String> nonBlank(List<String> values, int index) {
        return index < values.size() && !values.get(index).isBlank()
                ? Optional.of(values.get(index).strip())
                : Optional.empty();
    }

    private static List<String> strings(Map<Integer, Dg13.Entry> dg13, int number) {
        return Optional.ofNullable(dg13.get(number)).map(Dg13.Entry::strings).orElse(List.of()).stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static Optional<String> text(Map<Integer, Dg13.Entry> dg13, int number) {
        List<String> values = strings(dg13, number);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    private static Optional<LocalDate> date(Map<Integer, Dg13.Entry> dg13, int number) {
        return text(dg13, number).flatMap(IdentityDocuments::parseDate);
    }

    private static Optional<LocalDate> parseDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text, DG13_DATE));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static IdentityDocument.Sex sexFromVietnamese(String text) {
        return switch (java.text.Normalizer.normalize(text.strip(), java.text.Normalizer.Form.NFC)) {
            case "Nam" -> IdentityDocument.Sex.MALE;
            case "Nữ", "Nu" -> IdentityDocument.Sex.FEMALE;
            default -> IdentityDocument.Sex.UNSPECIFIED;
        };
    }

    private static IdentityDocument.Sex sexFromMrz(String code) {
        return switch (code) {
            case "M" -> IdentityDocument.Sex.MALE;
            case "F" -> IdentityDocument.Sex.FEMALE;
            default -> IdentityDocument.Sex.UNSPECIFIED;
        };
    }
}
