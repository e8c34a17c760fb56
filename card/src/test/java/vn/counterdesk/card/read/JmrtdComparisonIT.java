package vn.counterdesk.card.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.sf.scuba.smartcards.CardService;
import net.sf.scuba.smartcards.CommandAPDU;
import net.sf.scuba.smartcards.ResponseAPDU;
import org.jmrtd.PACEKeySpec;
import org.jmrtd.PassportService;
import org.jmrtd.lds.CardAccessFile;
import org.jmrtd.lds.PACEInfo;
import org.jmrtd.lds.SecurityInfo;
import org.junit.jupiter.api.Test;
import vn.counterdesk.card.access.AccessInputParser;
import vn.counterdesk.card.auth.ChipAuthenticator;
import vn.counterdesk.pcsc.ApduResponder;
import vn.counterdesk.pcsc.CardRemovedException;
import vn.counterdesk.pcsc.CommandApdu;
import vn.counterdesk.pcsc.InProcessTransport;
import vn.counterdesk.pcsc.LinkCapabilities;
import vn.counterdesk.pcsc.ResponseApdu;
import vn.counterdesk.testkit.chip.ChipBehaviour;
import vn.counterdesk.testkit.chip.ChipRandom;
import vn.counterdesk.testkit.chip.LinkModel;
import vn.counterdesk.testkit.chip.VirtualIdCard;
import vn.counterdesk.testkit.profile.CardGenerator;
import vn.counterdesk.testkit.profile.CardProfiles;
import vn.counterdesk.testkit.profile.VirtualCard;

/**
 * Benchmark against JMRTD 0.8.6: both read the same virtual card (PACE-CAN, then DG13, DG1, DG2,
 * EF.SOD, DG14, DG15) over the same ISO/IEC 14443 link model (15 ms per APDU + 106 kbit/s). The
 * numbers printed here are recorded in {@code docs/benchmarks.md}; the assertion is the acceptance
 * point (fewer APDUs, less time). A benchmark, so it runs as an integration test, not a unit test.
 */
class JmrtdComparisonIT {

    private static final int RUNS = 3;
    private static final short[] FILES = {
        PassportService.EF_DG13,
        PassportService.EF_DG1,
        PassportService.EF_DG2,
        PassportService.EF_SOD,
        PassportService.EF_DG14,
        PassportService.EF_DG15
    };

    /** APDUs and time of one read. */
    record Measurement(int apdus, long bytes, long millis) {}

    /** Counts every exchange with the chip, whoever drives it. */
    static final class CountingResponder implements ApduResponder {
        final ApduResponder chip;
        int apdus;

        CountingResponder(ApduResponder chip) {
            this.chip = chip;
        }

        @Override
        public ResponseApdu respond(CommandApdu command) throws CardRemovedException {
            apdus++;
            return chip.respond(command);
        }

        @Override
        public void reset() {
            chip.reset();
        }
    }

    /** SCUBA card service over the virtual chip, for JMRTD. */
    static final class ResponderCardService extends CardService {
        private final ApduResponder chip;
        private final boolean extended;
        private boolean open;

        ResponderCardService(ApduResponder chip, boolean extended) {
            this.chip = chip;
            this.extended = extended;
        }

        @Override
        public void open() {
            chip.reset();
            open = true;
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public ResponseAPDU transmit(CommandAPDU command) {
            try {
                return new ResponseAPDU(
                        chip.respond(CommandApdu.parse(command.getBytes())).encode());
            } catch (CardRemovedException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public byte[] getATR() {
            return chip.atr();
        }

        @Override
        public boolean isExtendedAPDULengthSupported() {
            return extended;
        }

        @Override
        public void close() {
            open = false;
        }

        @Override
        public boolean isConnectionLost(Exception e) {
            return false;
        }
    }

    private static VirtualCard card() throws Exception {
        return CardGenerator.generate(CardProfiles.persona(CardProfiles.DEFAULT_PERSONA));
    }

    private static CountingResponder chip(VirtualCard card) {
        return new CountingResponder(new VirtualIdCard(
                card.image(), ChipBehaviour.NORMAL.withLink(LinkModel.ISO14443_106K), ChipRandom.secure()));
    }

    static Measurement ours(VirtualCard card, LinkCapabilities link) throws Exception {
        CountingResponder chip = chip(card);
        long start = System.nanoTime();
        ReadOutcome outcome = new ChipReader(ChipAuthenticator.none(), ReadOptions.defaults())
                .read(
                        () -> new InProcessTransport(chip, link),
                        AccessInputParser.idNumber(card.profile().idNumber()),
                        ReadListener.NONE,
                        CancellationToken.none());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(outcome).isInstanceOf(ReadOutcome.Success.class);
        long bytes = ((ReadOutcome.Success) outcome).read().statistics().bytesRead();
        return new Measurement(chip.apdus, bytes, millis);
    }

    static Measurement jmrtd(VirtualCard card, boolean extended) throws Exception {
        CountingResponder chip = chip(card);
        long start = System.nanoTime();
        PassportService service = new PassportService(
                new ResponderCardService(chip, extended),
                extended ? PassportService.EXTENDED_MAX_TRANCEIVE_LENGTH : PassportService.NORMAL_MAX_TRANCEIVE_LENGTH,
                PassportService.DEFAULT_MAX_BLOCKSIZE,
                false,
                true);
        service.open();
        CardAccessFile cardAccess;
        try (InputStream in = service.getInputStream(PassportService.EF_CARD_ACCESS)) {
            cardAccess = new CardAccessFile(in);
        }
        PACEInfo pace = null;
        for (SecurityInfo info : cardAccess.getSecurityInfos()) {
            if (info instanceof PACEInfo p) {
                pace = p;
            }
        }
        assertThat(pace).isNotNull();
        service.doPACE(
                PACEKeySpec.createCANKey(card.profile().can()),
                pace.getObjectIdentifier(),
                PACEInfo.toParameterSpec(pace.getParameterId()),
                pace.getParameterId());
        service.sendSelectApplet(true);
        long bytes = 0;
        for (short fid : FILES) {
            try (InputStream in = service.getInputStream(fid, PassportService.DEFAULT_MAX_BLOCKSIZE)) {
                bytes += in.readAllBytes().length;
            }
        }
        service.close();
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Measurement(chip.apdus, bytes, millis);
    }

    private static Measurement median(List<Measurement> runs) {
        List<Measurement> sorted = runs.stream()
                .sorted((a, b) -> Long.compare(a.millis(), b.millis()))
                .toList();
        return sorted.get(sorted.size() / 2);
    }

    private interface Run {
        Measurement once() throws Exception;
    }

    private static Measurement measure(Run run) throws Exception {
        run.once(); // warm-up: class loading and crypto provider set-up are not link cost
        Measurement[] runs = new Measurement[RUNS];
        for (int i = 0; i < RUNS; i++) {
            runs[i] = run.once();
        }
        return median(Arrays.asList(runs));
    }

    @Test
    void fullReadUsesFewerApdusAndLessTimeThanJmrtd() throws Exception {
        VirtualCard card = card();
        Measurement oursShort = measure(() -> ours(card, LinkCapabilities.shortOnly()));
        Measurement jmrtdShort = measure(() -> jmrtd(card, false));
        Measurement oursExtended = measure(() -> ours(card, new LinkCapabilities(true, 65536)));
        Measurement jmrtdExtended = measure(() -> jmrtd(card, true));

        System.out.println(String.format(
                Locale.ROOT,
                "BENCHMARK short    ours %d APDUs %d bytes %d ms | JMRTD %d APDUs %d bytes %d ms%n"
                        + "BENCHMARK extended ours %d APDUs %d bytes %d ms | JMRTD %d APDUs %d bytes %d ms",
                oursShort.apdus(),
                oursShort.bytes(),
                oursShort.millis(),
                jmrtdShort.apdus(),
                jmrtdShort.bytes(),
                jmrtdShort.millis(),
                oursExtended.apdus(),
                oursExtended.bytes(),
                oursExtended.millis(),
                jmrtdExtended.apdus(),
                jmrtdExtended.bytes(),
                jmrtdExtended.millis()));

        assertThat(oursShort.bytes()).isEqualTo(jmrtdShort.bytes());
        assertThat(oursShort.apdus()).isLessThan(jmrtdShort.apdus());
        assertThat(oursShort.millis()).isLessThan(jmrtdShort.millis());
        assertThat(oursExtended.apdus()).isLessThan(jmrtdExtended.apdus());
        assertThat(oursExtended.millis()).isLessThan(jmrtdExtended.millis());
    }
}
