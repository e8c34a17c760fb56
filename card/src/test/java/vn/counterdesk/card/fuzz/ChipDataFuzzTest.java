package vn.counterdesk.card.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import vn.counterdesk.card.access.AccessInput;
import vn.counterdesk.card.access.AccessInputParser;
import vn.counterdesk.card.access.BacKey;
import vn.counterdesk.card.access.InvalidAccessInputException;
import vn.counterdesk.card.lds.Dg1;
import vn.counterdesk.card.lds.Dg13;
import vn.counterdesk.card.lds.Dg2;
import vn.counterdesk.card.lds.EfCom;
import vn.counterdesk.card.lds.FaceImages;
import vn.counterdesk.card.lds.SecurityInfos;
import vn.counterdesk.card.lds.dg14.SecurityInfosParseException;
import vn.counterdesk.card.lds.dg14.SecurityInfosParser;
import vn.counterdesk.card.lds.dg15.Dg15ParseException;
import vn.counterdesk.card.lds.dg15.Dg15Parser;
import vn.counterdesk.card.lds.sod.SodParseException;
import vn.counterdesk.card.lds.sod.SodParser;
import vn.counterdesk.card.tlv.TlvParseException;
import vn.counterdesk.card.tlv.TlvReader;

/**
 * Everything a chip returns is attacker-controlled until passive authentication holds, and the clerk's scanner
 * input is typed by anyone. Property for each parser: it returns a value or throws ONLY its own typed parse
 * error; no other exception, no hang, no runaway allocation (a finding under Jazzer's memory limit).
 *
 * <p>Without {@code JAZZER_FUZZ} each method replays its committed corpus under {@code ChipDataFuzzTestInputs/}
 * (the BSI 2008 sample LDS files, the synthetic DG13, the observed EF.CardAccess, and every past finding).
 */
class ChipDataFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void tlvReader(byte[] data) {
        try {
            TlvReader.readAll(data);
        } catch (TlvParseException refused) {
            // typed refusal
        }
    }

    @FuzzTest(maxDuration = "30s")
    void efComAndDg1(byte[] data) {
        try {
            EfCom.parse(data);
        } catch (TlvParseException refused) {
            // typed refusal
        }
        try {
            Dg1.parse(data);
        } catch (TlvParseException refused) {
            // typed refusal
        }
    }

    @FuzzTest(maxDuration = "30s")
    void dg2AndFaceDecoding(byte[] data) {
        try {
            FaceImages.decode(Dg2.parse(data));
        } catch (TlvParseException refused) {
            // typed refusal
        }
    }

    @FuzzTest(maxDuration = "30s")
    void dg13(byte[] data) {
        try {
            Dg13.parse(data);
        } catch (TlvParseException refused) {
            // typed refusal
        }
    }

    @FuzzTest(maxDuration = "30s")
    void dg14AndCardAccess(byte[] data) {
        try {
            SecurityInfosParser.parseDg14(data);
        } catch (SecurityInfosParseException refused) {
            // typed refusal
        }
        try {
            SecurityInfos.parse(data);
        } catch (TlvParseException refused) {
            // typed refusal
        }
    }

    @FuzzTest(maxDuration = "30s")
    void dg15(byte[] data) {
        try {
            Dg15Parser.parse(data);
        } catch (Dg15ParseException refused) {
            // typed refusal
        }
    }

    @FuzzTest(maxDuration = "30s")
    void sod(byte[] data) {
        try {
            SodParser.parse(data);
        } catch (SodParseException refused) {
            // typed refusal
        }
    }

    /**
     * One scanned or typed text through every access-input parser (auto-detect, ID, CAN, MRZ, QR, BAC fields), and
     * each accepted input through {@code plan}, which derives the BAC keys and PACE password the chip will be opened
     * with (the ID-number plan derives expiry candidates from the digits).
     */
    @FuzzTest(maxDuration = "30s")
    void accessInput(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        List<AccessParser> parsers = List.of(
                AccessInputParser::detect,
                AccessInputParser::idNumber,
                AccessInputParser::can,
                AccessInputParser::mrz,
                AccessInputParser::qr,
                AccessInputParser::bac);
        for (AccessParser parser : parsers) {
            try {
                AccessInput input = parser.parse(text);
                input.plan(3).bacCandidates().forEach(BacKey::mrzInformation);
            } catch (InvalidAccessInputException refused) {
                // typed refusal
            }
        }
    }

    private interface AccessParser {
        AccessInput parse(String text) throws InvalidAccessInputException;
    }
}
