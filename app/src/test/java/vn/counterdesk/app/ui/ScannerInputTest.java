package vn.counterdesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScannerInputTest {

    private static final String[] MRZ = {
        "IDVNM0900123451001090012345<<6", "9001158M3001156VNM<<<<<<<<<<<8", "NGUYEN<<VAN<AN<<<<<<<<<<<<<<<<"
    };

    @Test
    void aQrOrIdNumberIsCompleteInOneLine() {
        ScannerInput input = new ScannerInput();
        assertThat(input.accept("001090012345\r")).contains("001090012345");
        assertThat(input.accept("001090012345|123456789|Nguyễn Văn An|15011990|Nam|Hà Nội|01012021"))
                .contains("001090012345|123456789|Nguyễn Văn An|15011990|Nam|Hà Nội|01012021");
    }

    @Test
    void aThreeLineMrzIsCollectedLineByLine() {
        ScannerInput input = new ScannerInput();
        assertThat(input.accept(MRZ[0])).isEmpty();
        assertThat(input.waitingForMoreMrz()).isTrue();
        assertThat(input.accept(MRZ[1] + "\r")).isEmpty();
        assertThat(input.accept(MRZ[2])).contains(String.join("\n", MRZ));
        assertThat(input.waitingForMoreMrz()).isFalse();
    }

    @Test
    void anMrzPastedWholeIsCompleteAtOnce() {
        ScannerInput input = new ScannerInput();
        assertThat(input.accept(String.join("", MRZ))).contains(String.join("", MRZ));
    }

    @Test
    void aNewIdNumberDropsAHalfScannedMrz() {
        ScannerInput input = new ScannerInput();
        input.accept(MRZ[0]);
        assertThat(input.accept("001090012345")).contains("001090012345");
        assertThat(input.waitingForMoreMrz()).isFalse();
    }
}
