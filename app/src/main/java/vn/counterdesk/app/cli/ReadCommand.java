package vn.counterdesk.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.counterdesk.card.access.AccessInput;
import vn.counterdesk.card.access.AccessInputParser;
import vn.counterdesk.card.access.InvalidAccessInputException;
import vn.counterdesk.card.read.CancellationToken;
import vn.counterdesk.card.read.ChipRead;
import vn.counterdesk.card.read.ChipReader;
import vn.counterdesk.card.read.PcscConnector;
import vn.counterdesk.card.read.ReadListener;
import vn.counterdesk.card.read.ReadOptions;
import vn.counterdesk.card.read.ReadOutcome;
import vn.counterdesk.card.verify.ChipReadVerification;
import vn.counterdesk.card.verify.StandardChipAuthenticator;
import vn.counterdesk.card.verify.Verification;
import vn.counterdesk.card.verify.trust.TrustStore;
import vn.counterdesk.pcsc.PcscReaders;
import vn.counterdesk.pcsc.ReaderSnapshot;

/**
 * {@code counterdesk read}: opens the chip in a reader with the access key given, reads it and
 * prints the identity. Exit codes follow {@link ExitCode}: 2 bad input (the message names the
 * option), 3 no reader / no card / PC/SC down, 4 access denied.
 */
@Command(name = "read", mixinStandardHelpOptions = true, description = "Read a chip ID card in a reader.")
public final class ReadCommand implements Callable<Integer> {

    /** Exactly one access key. */
    static final class Key {
        @Option(names = "--id", paramLabel = "N", description = "12-digit personal ID number (PACE with CAN).")
        Optional<String> id = Optional.empty();

        @Option(names = "--can", paramLabel = "N", description = "6-digit card access number.")
        Optional<String> can = Optional.empty();

        @Option(
                names = "--mrz",
                paramLabel = "TEXT",
                description = "MRZ, 3 lines of 30 characters (with or without line breaks).")
        Optional<String> mrz = Optional.empty();

        @Option(names = "--qr", paramLabel = "TEXT", description = "Text of the QR code on the card.")
        Optional<String> qr = Optional.empty();

        @Option(
                names = "--bac",
                paramLabel = "DOCNO,YYMMDD,YYMMDD",
                description = "BAC: document number, birth and expiry dates.")
        Optional<String> bac = Optional.empty();

        AccessInput parse() throws InvalidAccessInputException {
            if (id.isPresent()) {
                return AccessInputParser.idNumber(id.get());
            }
            if (can.isPresent()) {
                return AccessInputParser.can(can.get());
            }
            if (mrz.isPresent()) {
                return AccessInputParser.mrz(mrz.get());
            }
            if (qr.isPresent()) {
                return AccessInputParser.qr(qr.get());
            }
            return AccessInputParser.bac(bac.orElseThrow());
        }
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Key key;

    @Option(names = "--reader", paramLabel = "NAME", description = "Reader to use (default: the first with a card).")
    Optional<String> reader = Optional.empty();

    @Mixin
    TrustOption trust;

    @Option(names = "--photo", paramLabel = "OUT", description = "Write the face image to this file.")
    Optional<Path> photo = Optional.empty();

    @Option(names = "--json", description = "Machine-readable output.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        AccessInput input;
        try {
            input = key.parse();
        } catch (InvalidAccessInputException e) {
            err.println("Bad input: " + cliField(e.field()) + ": "
                    + e.getMessage().substring(e.field().length() + 2));
            return ExitCode.BAD_INPUT;
        }
        Optional<TrustStore> trustStore = trust.open(err);
        if (trustStore.isEmpty()) {
            return ExitCode.BAD_INPUT;
        }
        Optional<String> readerName = chooseReader(err);
        if (readerName.isEmpty()) {
            return ExitCode.NO_READER_OR_CARD;
        }
        ChipReader chipReader =
                new ChipReader(new StandardChipAuthenticator(new SecureRandom()), ReadOptions.defaults());
        ReadOutcome outcome = chipReader.read(
                new PcscConnector(readerName.get()), input, ReadListener.NONE, CancellationToken.none());
        return switch (outcome) {
            case ReadOutcome.Success success -> report(success.read(), trustStore.get());
            case ReadOutcome.AccessDenied denied -> fail(ExitCode.ACCESS_DENIED, denied.message());
            case ReadOutcome.CardRemoved removed ->
                fail(ExitCode.NO_READER_OR_CARD, "The card was removed during the read.");
            case ReadOutcome.IoFailure failure ->
                fail(ExitCode.UNEXPECTED_ERROR, "Chip read failed: " + failure.reason());
            case ReadOutcome.MalformedChipData malformed ->
                fail(
                        ExitCode.UNEXPECTED_ERROR,
                        "The chip returned malformed data"
                                + malformed.file().map(f -> " in " + f).orElse("") + ": " + malformed.reason());
            case ReadOutcome.Cancelled cancelled -> fail(ExitCode.UNEXPECTED_ERROR, "Read cancelled.");
        };
    }

    private int report(ChipRead read, TrustStore trustStore) {
        Verification verification = new ChipReadVerification(trustStore, Clock.systemUTC()).verify(read);
        ObjectNode result =
                ReadJson.of(read, VerifyLdsCommand.toJson(verification).get("verification"));
        if (photo.isPresent() && read.document().photo().isPresent()) {
            try {
                Files.write(photo.get(), read.document().photo().get().imageBytes());
            } catch (IOException e) {
                return fail(
                        ExitCode.BAD_INPUT,
                        "--photo: cannot write the file (" + e.getClass().getSimpleName() + ")");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(result));
        } else {
            ReadJson.printHuman(out, result);
        }
        out.flush();
        // TAMPERED and CLONE_SUSPECTED are failures; CHAIN_UNVERIFIED is the normal VN case today.
        return verification.verdict().isFailure() ? ExitCode.VERIFICATION_FAILED : ExitCode.SUCCESS;
    }

    private Optional<String> chooseReader(PrintWriter err) {
        ReaderSnapshot snapshot = PcscReaders.snapshot();
        if (snapshot instanceof ReaderSnapshot.Unavailable down) {
            err.println(down.problem().userMessage());
            return Optional.empty();
        }
        List<ReaderSnapshot.ReaderInfo> readers = ((ReaderSnapshot.Available) snapshot).readers();
        if (reader.isPresent()) {
            Optional<ReaderSnapshot.ReaderInfo> named =
                    readers.stream().filter(r -> r.name().equals(reader.get())).findFirst();
            if (named.isEmpty()) {
                err.println("No reader named \"" + reader.get() + "\".");
                return Optional.empty();
            }
            if (!named.get().cardPresent()) {
                err.println("No card in reader \"" + reader.get() + "\".");
                return Optional.empty();
            }
            return Optional.of(reader.get());
        }
        Optional<String> withCard = readers.stream()
                .filter(ReaderSnapshot.ReaderInfo::cardPresent)
                .map(ReaderSnapshot.ReaderInfo::name)
                .findFirst();
        if (withCard.isEmpty()) {
            err.println(readers.isEmpty() ? "No card reader is attached." : "No card in any reader.");
        }
        return withCard;
    }

    private int fail(int code, String message) {
        spec.commandLine().getErr().println(message);
        return code;
    }

    /** Maps the parser's field names to the option the user typed. */
    private static String cliField(String field) {
        return switch (field) {
            case "idNumber" -> "--id";
            case "can" -> "--can";
            default -> "--" + field;
        };
    }
}
