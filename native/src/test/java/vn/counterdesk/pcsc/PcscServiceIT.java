package vn.counterdesk.pcsc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.TerminalFactory;
import org.junit.jupiter.api.Test;

/**
 * Talks to the real PC/SC service through javax.smartcardio. CI installs pcscd with the vsmartcard
 * virtual reader driver, which exposes two "Virtual PCD" slots; on a machine without a PC/SC
 * service the test is skipped with the reason, never silently passed.
 */
class PcscServiceIT {

    @Test
    void realPcscServiceListsBothVirtualReaders() throws Exception {
        TerminalFactory factory;
        List<CardTerminal> terminals;
        try {
            factory = TerminalFactory.getInstance("PC/SC", null);
            terminals = factory.terminals().list();
        } catch (java.security.NoSuchAlgorithmException | CardException e) {
            assumeTrue(false, "no PC/SC service on this machine (" + e + "): start pcscd to run this test");
            return;
        }

        List<String> names = terminals.stream().map(CardTerminal::getName).toList();
        assertThat(factory.getType()).isEqualTo("PC/SC");
        assertThat(names)
                .as("readers seen through pcscd")
                .filteredOn(name -> name.startsWith("Virtual PCD"))
                .hasSize(2)
                .anyMatch(name -> name.equals("Virtual PCD 00 00"))
                .anyMatch(name -> name.equals("Virtual PCD 00 01"));
    }
}
