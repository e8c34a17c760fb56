package vn.counterdesk.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.counterdesk.testkit.profile.CardFault;
import vn.counterdesk.testkit.profile.CardGenerator;
import vn.counterdesk.testkit.profile.CardProfile;
import vn.counterdesk.testkit.profile.CardProfiles;
import vn.counterdesk.testkit.profile.FaultPlan;
import vn.counterdesk.testkit.profile.ProfileException;
import vn.counterdesk.testkit.profile.Td1Mrz;
import vn.counterdesk.testkit.profile.VirtualCard;
import vn.counterdesk.testkit.vpcd.VpcdBridge;

/**
 * {@code counterdesk sim card}: puts a virtual chip ID card into the real PC/SC reader "Virtual PCD"
 * through the vpcd driver and keeps it there until the process is stopped (SIGTERM or Ctrl+C take
 * the card out cleanly). {@code --list --json} tells scripts which personas and faults exist.
 */
@Command(
        name = "card",
        mixinStandardHelpOptions = true,
        description = "Insert a virtual chip ID card into the vpcd reader until stopped.")
public final class SimCardCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--profile",
            paramLabel = "NAME|FILE",
            description = "Shipped persona name or a profile JSON file (default: ${DEFAULT-VALUE}).",
            defaultValue = CardProfiles.DEFAULT_PERSONA)
    String profile;

    @Option(
            names = "--fault",
            paramLabel = "NAME[:PARAM…]",
            description = "Fault to build in (repeatable), e.g. AA_KEY_MISMATCH, CARD_REMOVED:12, SLOW_LINK:40:106000.")
    List<String> faults = new ArrayList<>();

    @Option(
            names = "--port",
            paramLabel = "PORT",
            description = "TCP port of the vpcd reader slot (default: ${DEFAULT-VALUE} = \"Virtual PCD 00 00\").",
            defaultValue = "" + VpcdBridge.DEFAULT_PORT)
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1", description = "vpcd host.")
    String host;

    @Option(names = "--list", description = "List the shipped personas and the faults instead of inserting a card.")
    boolean list;

    @Option(names = "--json", description = "With --list: machine-readable JSON.")
    boolean json;

    @Option(
            names = "--export-csca",
            paramLabel = "FILE",
            description = "Also write the test CSCA certificate (DER) here, for a trust store.")
    Path exportCsca;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (list) {
            out.println(json ? Json.write(listing()) : humanListing());
            out.flush();
            return ExitCode.SUCCESS;
        }
        VirtualCard card;
        try {
            card = CardGenerator.generate(CardProfiles.resolve(profile), FaultPlan.parse(faults));
        } catch (ProfileException e) {
            err.println("sim card: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        if (exportCsca != null) {
            try {
                Files.write(exportCsca, card.csca().getEncoded());
            } catch (IOException e) {
                err.println("sim card: cannot write " + exportCsca + ": " + e.getMessage());
                return ExitCode.BAD_INPUT;
            }
        }
        return insertUntilStopped(card, out, err);
    }

    private int insertUntilStopped(VirtualCard card, PrintWriter out, PrintWriter err) {
        VpcdBridge bridge;
        try {
            bridge = VpcdBridge.insert(card.newChip(), host, port);
        } catch (IOException e) {
            err.println(
                    "sim card: no vpcd reader at " + host + ":" + port + " (is pcscd with the vpcd driver running?)");
            return ExitCode.NO_READER_OR_CARD;
        }
        Thread remover = new Thread(bridge::remove, "sim-card-remove");
        Runtime.getRuntime().addShutdownHook(remover);
        CardProfile p = card.profile();
        out.println("Virtual card '" + p.name() + "' inserted into vpcd " + host + ":" + port
                + (card.faults().faults().isEmpty()
                        ? ""
                        : " with faults " + card.faults().faults()) + ".");
        out.println(
                "  CAN " + p.can() + "   MRZ " + String.join(" / ", card.mrz().lines()));
        out.println("Stop with Ctrl+C or SIGTERM to remove the card.");
        out.flush();
        while (!bridge.awaitFinished(1, TimeUnit.HOURS)) {
            // Keep the card in the reader until the process is stopped.
        }
        // The card left by itself (CARD_REMOVED fault): nothing left to clean up.
        try {
            Runtime.getRuntime().removeShutdownHook(remover);
        } catch (IllegalStateException e) {
            // Shutdown already running: the hook removes the card.
        }
        out.println("Virtual card removed after " + bridge.apduCount() + " APDUs.");
        out.flush();
        return ExitCode.SUCCESS;
    }

    /** Exactly {"personas":[{name,idNumber,dateOfBirth,dateOfExpiry,mrz}],"faults":[{name,expectedVerdict}]}. */
    static ObjectNode listing() {
        ObjectNode root = Json.object();
        ArrayNode personas = root.putArray("personas");
        for (CardProfile p : CardProfiles.personas()) {
            ObjectNode node = personas.addObject();
            node.put("name", p.name());
            node.put("idNumber", p.idNumber());
            node.put("dateOfBirth", p.dateOfBirth().toString());
            p.dateOfExpiry().ifPresent(expiry -> node.put("dateOfExpiry", expiry.toString()));
            ArrayNode mrz = node.putArray("mrz");
            Td1Mrz.of(p).lines().forEach(mrz::add);
        }
        ArrayNode faults = root.putArray("faults");
        for (CardFault fault : CardFault.values()) {
            ObjectNode node = faults.addObject();
            node.put("name", fault.name());
            fault.expectedVerdict().ifPresent(verdict -> node.put("expectedVerdict", verdict.name()));
        }
        return root;
    }

    private static String humanListing() {
        StringBuilder text = new StringBuilder("Personas:\n");
        for (CardProfile p : CardProfiles.personas()) {
            text.append(String.format(
                    "  %-20s ID %s  born %s  expires %s%n",
                    p.name(),
                    p.idNumber(),
                    p.dateOfBirth(),
                    p.dateOfExpiry().map(Object::toString).orElse("never")));
        }
        text.append("Faults:\n");
        for (CardFault fault : CardFault.values()) {
            text.append(String.format(
                    "  %-24s %s%n",
                    fault.name(), fault.expectedVerdict().map(v -> "→ " + v).orElse("(not about authenticity)")));
        }
        return text.toString().stripTrailing();
    }
}
