package vn.counterdesk.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;
import vn.counterdesk.card.lds.FaceImage;
import vn.counterdesk.card.lds.MrzDates;
import vn.counterdesk.card.lds.MrzRecord;
import vn.counterdesk.card.read.ChipRead;
import vn.counterdesk.card.read.IdentityDocument;

/**
 * The JSON contract of {@code read} (issue 12): field names are fixed, absent values omitted, dates
 * ISO-8601, the photo as base64 with its format.
 */
final class ReadJson {

    private ReadJson() {}

    static ObjectNode of(ChipRead read) {
        ObjectNode root = Json.object();
        root.put("access", read.access().label());
        ObjectNode doc = root.putObject("document");
        IdentityDocument d = read.document();
        doc.put("idNumber", d.idNumber());
        doc.put("fullName", d.fullName());
        date(doc, "dateOfBirth", d.dateOfBirth());
        d.sex().filter(s -> s != IdentityDocument.Sex.UNSPECIFIED).ifPresent(s -> doc.put("sex", s.mrzCode()));
        text(doc, "nationality", d.nationality());
        text(doc, "ethnicity", d.ethnicity());
        text(doc, "religion", d.religion());
        text(doc, "placeOfOrigin", d.placeOfOrigin());
        text(doc, "placeOfResidence", d.placeOfResidence());
        text(doc, "identifyingFeatures", d.identifyingFeatures());
        date(doc, "dateOfIssue", d.dateOfIssue());
        date(doc, "dateOfExpiry", d.dateOfExpiry());
        text(doc, "fatherName", d.fatherName());
        text(doc, "motherName", d.motherName());
        text(doc, "spouseName", d.spouseName());
        text(doc, "oldIdNumber", d.oldIdNumber());
        d.mrz().ifPresent(m -> mrz(doc.putObject("mrz"), m));
        d.photo().ifPresent(p -> photo(doc.putObject("photo"), p));
        ObjectNode stats = root.putObject("stats");
        stats.put("apdus", read.statistics().apdus());
        stats.put("bytesRead", read.statistics().bytesRead());
        stats.put("millis", read.statistics().millis());
        return root;
    }

    private static void mrz(ObjectNode node, MrzRecord m) {
        LocalDate today = LocalDate.now();
        node.put("documentNumber", m.documentNumber());
        MrzDates.birthDate(m.dateOfBirth(), today).ifPresent(dob -> node.put("dateOfBirth", dob.toString()));
        MrzDates.expiryDate(m.dateOfExpiry(), today).ifPresent(doe -> node.put("dateOfExpiry", doe.toString()));
        node.put("issuingState", m.issuingState());
        node.put("names", m.names());
    }

    private static void photo(ObjectNode node, FaceImage p) {
        node.put("format", p.format().name());
        node.put("bytes", Base64.getEncoder().encodeToString(p.imageBytes()));
    }

    private static void text(ObjectNode node, String name, Optional<String> value) {
        value.ifPresent(v -> node.put(name, v));
    }

    private static void date(ObjectNode node, String name, Optional<LocalDate> value) {
        value.ifPresent(v -> node.put(name, v.toString()));
    }

    /** Human-readable form: one "label: value" line per field, the photo summarised. */
    static void printHuman(PrintWriter out, ObjectNode result) {
        out.println("Access: " + result.get("access").asText());
        JsonNode doc = result.get("document");
        doc.properties().forEach(field -> {
            JsonNode value = field.getValue();
            if (field.getKey().equals("photo")) {
                out.println("photo: " + value.get("format").asText() + ", "
                        + Base64.getDecoder().decode(value.get("bytes").asText()).length + " bytes");
            } else if (value.isObject()) {
                value.properties()
                        .forEach(inner -> out.println(field.getKey() + "." + inner.getKey() + ": "
                                + inner.getValue().asText()));
            } else {
                out.println(field.getKey() + ": " + value.asText());
            }
        });
        JsonNode stats = result.get("stats");
        out.println("Read " + stats.get("bytesRead").asText() + " bytes in "
                + stats.get("apdus").asText() + " APDUs, " + stats.get("millis").asText() + " ms");
    }
}
