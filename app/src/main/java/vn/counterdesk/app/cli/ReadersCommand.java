package vn.counterdesk.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.counterdesk.pcsc.CardIoException;
import vn.counterdesk.pcsc.CardSession;
import vn.counterdesk.pcsc.PcscReaders;
import vn.counterdesk.pcsc.ReaderSnapshot;

/**
 * {@code counterdesk readers}: the PC/SC service state and its readers. Exit 0 when at least one
 * reader is attached, 3 when the service is down or has no reader.
 */
@Command(
        name = "readers",
        mixinStandardHelpOptions = true,
        description = "List card readers and whether a card is present.")
public final class ReadersCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Machine-readable output.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ReaderSnapshot snapshot = PcscReaders.snapshot();
        ObjectNode result = Json.object();
        ArrayNode readers = result.put("service", snapshot instanceof ReaderSnapshot.Available ? "OK" : "DOWN")
                .putArray("readers");
        switch (snapshot) {
            case ReaderSnapshot.Available available -> {
                for (ReaderSnapshot.ReaderInfo reader : available.readers()) {
                    ObjectNode node =
                            readers.addObject().put("name", reader.name()).put("cardPresent", reader.cardPresent());
                    if (reader.cardPresent()) {
                        atr(reader.name()).ifPresent(atr -> node.put("atr", atr));
                    }
                }
                print(out, result);
                if (available.readers().isEmpty()) {
                    spec.commandLine().getErr().println("No card reader is attached.");
                    return ExitCode.NO_READER_OR_CARD;
                }
                return ExitCode.SUCCESS;
            }
            case ReaderSnapshot.Unavailable down -> {
                print(out, result);
                spec.commandLine().getErr().println(down.problem().userMessage());
                return ExitCode.NO_READER_OR_CARD;
            }
        }
    }

    private void print(PrintWriter out, ObjectNode result) {
        if (json) {
            out.println(Json.write(result));
            return;
        }
        out.println("PC/SC service: " + result.get("service").asText());
        result.get("readers")
                .forEach(r -> out.println("  " + r.get("name").asText() + " — "
                        + (r.get("cardPresent").asBoolean()
                                ? "card present"
                                        + (r.has("atr")
                                                ? " (ATR " + r.get("atr").asText() + ")"
                                                : "")
                                : "no card")));
    }

    /** The ATR of the card in {@code reader}, from a short shared connection; empty if it cannot be read. */
    private static Optional<String> atr(String reader) {
        try (CardSession session = CardSession.open(reader)) {
            return Optional.of(HexFormat.of().withUpperCase().formatHex(session.atr()));
        } catch (CardIoException e) {
            return Optional.empty();
        }
    }
}
