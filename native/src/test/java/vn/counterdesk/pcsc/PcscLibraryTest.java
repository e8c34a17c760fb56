package vn.counterdesk.pcsc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where each platform's PC/SC library is looked for. */
class PcscLibraryTest {

    @Test
    void overrideComesFirstWithTheJdkPlaceholdersExpanded() {
        assertThat(PcscLibrary.candidates(OperatingSystem.LINUX, "/opt/$LIBISA/$ARCH/libpcsclite.so.1", "amd64"))
                .first()
                .isEqualTo("/opt/lib64/x86_64/libpcsclite.so.1");
    }

    @Test
    void linuxAsksTheDynamicLinkerForTheRuntimeSonameBeforeScanningDirectories() {
        assertThat(PcscLibrary.candidates(OperatingSystem.LINUX, null, "amd64"))
                .first()
                .isEqualTo("libpcsclite.so.1");
    }

    @Test
    void windowsAndMacosUseTheirSystemLibraries() {
        assertThat(PcscLibrary.candidates(OperatingSystem.WINDOWS, null, "amd64"))
                .containsExactly("winscard.dll");
        assertThat(PcscLibrary.candidates(OperatingSystem.MACOS, null, "aarch64"))
                .containsExactly("/System/Library/Frameworks/PCSC.framework/PCSC");
    }

    @Test
    void operatingSystemIsRecognisedFromItsJavaName() {
        assertThat(OperatingSystem.of("Linux")).isEqualTo(OperatingSystem.LINUX);
        assertThat(OperatingSystem.of("Windows 11")).isEqualTo(OperatingSystem.WINDOWS);
        assertThat(OperatingSystem.of("Mac OS X")).isEqualTo(OperatingSystem.MACOS);
        assertThat(OperatingSystem.of("FreeBSD")).isEqualTo(OperatingSystem.OTHER);
    }

    @Test
    void missingServiceMessageTellsTheUserWhatToStart() {
        assertThat(ReaderSnapshot.ServiceProblem.SERVICE_NOT_RUNNING.userMessage(OperatingSystem.LINUX))
                .startsWith("PC/SC service is not running — start pcscd");
        assertThat(ReaderSnapshot.ServiceProblem.LIBRARY_MISSING.userMessage(OperatingSystem.LINUX))
                .contains("libpcsclite1");
        assertThat(ReaderSnapshot.ServiceProblem.SERVICE_NOT_RUNNING.userMessage(OperatingSystem.WINDOWS))
                .contains("Smart Card service");
    }
}
