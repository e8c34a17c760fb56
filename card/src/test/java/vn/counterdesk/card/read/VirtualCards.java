package vn.counterdesk.card.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import vn.counterdesk.card.TestData;
import vn.counterdesk.card.lds.FaceImagesTestSupport;
import vn.counterdesk.pcsc.InProcessTransport;
import vn.counterdesk.pcsc.LinkCapabilities;
import vn.counterdesk.testkit.chip.CardImage;
import vn.counterdesk.testkit.chip.ChipBehaviour;
import vn.counterdesk.testkit.chip.ChipFile;
import vn.counterdesk.testkit.chip.ChipRandom;
import vn.counterdesk.testkit.chip.PaceChip;
import vn.counterdesk.testkit.chip.VirtualIdCard;

/** The synthetic VN card of the spec (ID 001090012345) as a virtual chip, for in-process reads. */
final class VirtualCards {

    static final byte[] PHOTO;

    static {
        try {
            PHOTO = FaceImagesTestSupport.jpeg(120, 160);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private VirtualCards() {}

    static CardImage syntheticImage() {
        Map<ChipFile, byte[]> files = new EnumMap<>(ChipFile.class);
        files.put(ChipFile.CARD_ACCESS, TestData.resource("cccd/EF_CardAccess_observed.bin"));
        files.put(ChipFile.DG1, TestData.hex(TestData.VN_DG1));
        files.put(ChipFile.DG2, FaceImagesTestSupport.dg2(PHOTO, 0, 120, 160));
        files.put(ChipFile.DG13, TestData.resource("cccd/DG13_synthetic.bin"));
        return new CardImage(
                files,
                new PaceChip.PacePasswords("090012345090011583001156", "012345"),
                Optional.empty(),
                Optional.empty());
    }

    static VirtualIdCard card(ChipBehaviour behaviour) {
        return new VirtualIdCard(syntheticImage(), behaviour, ChipRandom.secure());
    }

    /** Each connect resets the card, as a PC/SC reconnect with reset does. */
    static CardConnector connector(VirtualIdCard card, LinkCapabilities link) {
        return () -> new InProcessTransport(card, link);
    }
}
