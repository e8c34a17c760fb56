package vn.counterdesk.pcsc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/**
 * Talks to the real PC/SC service through this module's binding. CI installs pcscd with the
 * vsmartcard virtual reader driver, which exposes two "Virtual PCD" slots; on a machine without a
 * PC/SC service the test is skipped with the reason, never silently passed.
 */
class PcscServiceIT {

    @Test
    void realPcscServiceListsBothVirtualReaders() {
        ReaderSnapshot snapshot = PcscReaders.snapshot();
        assumeTrue(
                snapshot instanceof ReaderSnapshot.Available,
                () -> "no PC/SC service on this machine (" + snapshot + "): start pcscd to run this test");

        assertThat(((ReaderSnapshot.Available) snapshot).readers())
                .as("readers seen through pcscd")
                .extracting(ReaderSnapshot.ReaderInfo::name)
                .filteredOn(name -> name.startsWith("Virtual PCD"))
                .containsExactlyInAnyOrder("Virtual PCD 00 00", "Virtual PCD 00 01");
        assertThat(NativePcsc.system().description()).contains("libpcsclite");
    }

    @Test
    void freshContextsCanBeOpenedAndReleasedRepeatedly() throws Exception {
        assumeTrue(PcscReaders.snapshot() instanceof ReaderSnapshot.Available, "no PC/SC service on this machine");
        for (int i = 0; i < 20; i++) {
            try (PcscContext context = NativePcsc.system().establishContext()) {
                assertThat(context.listReaders()).contains("Virtual PCD 00 00");
            }
        }
    }
}
