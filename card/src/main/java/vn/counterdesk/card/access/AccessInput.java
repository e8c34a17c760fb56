package vn.counterdesk.card.access;

import java.util.List;
import java.util.Optional;
import vn.counterdesk.card.lds.MrzRecord;

/**
 * What the clerk typed or scanned, already validated. Each kind knows which chip keys it yields
 * ({@link #plan}); {@link AccessInputParser} builds them from raw text.
 */
public sealed interface AccessInput {

    /** The keys to try, in order: PACE first when possible, then BAC candidates. */
    AccessPlan plan(int maxBacAttempts);

    /** The 12-digit personal ID number: PACE with CAN = last 6 digits. */
    record IdNumber(String digits) implements AccessInput {
        @Override
        public AccessPlan plan(int maxBacAttempts) {
            return new AccessPlan(Optional.of(new PaceKey.Can(digits.substring(6))), List.of());
        }

        @Override
        public String toString() {
            return "IdNumber[redacted]";
        }
    }

    /** A card access number typed directly. */
    record Can(String digits) implements AccessInput {
        @Override
        public AccessPlan plan(int maxBacAttempts) {
            return new AccessPlan(Optional.of(new PaceKey.Can(digits)), List.of());
        }

        @Override
        public String toString() {
            return "Can[redacted]";
        }
    }

    /**
     * A scanned or typed MRZ. A Vietnamese TD1 MRZ carries the 12-digit ID, so PACE-CAN comes first;
     * other MRZs use PACE-MRZ; BAC with the MRZ is the fallback.
     */
    record Mrz(MrzRecord record) implements AccessInput {
        @Override
        public AccessPlan plan(int maxBacAttempts) {
            PaceKey pace = record.vietnameseIdNumber()
                    .<PaceKey>map(id -> new PaceKey.Can(id.substring(6)))
                    .orElseGet(() -> new PaceKey.Mrz(record.bacKey()));
            return new AccessPlan(Optional.of(pace), List.of(record.bacKey()));
        }
    }

    /** QR text: PACE-CAN from its ID; BAC with expiry candidates derived from birth and issue dates. */
    record Qr(QrData data) implements AccessInput {
        @Override
        public AccessPlan plan(int maxBacAttempts) {
            List<BacKey> bac = List.of();
            if (data.dateOfBirth().isPresent() && data.dateOfIssue().isPresent()) {
                String documentNumber = data.idNumber().substring(3);
                String birth = BacKey.yymmdd(data.dateOfBirth().get());
                bac =
                        ExpiryDerivation.bacCandidates(
                                        data.dateOfBirth().get(),
                                        data.dateOfIssue().get(),
                                        maxBacAttempts)
                                .stream()
                                .map(expiry -> new BacKey(documentNumber, birth, expiry))
                                .toList();
            }
            return new AccessPlan(Optional.of(new PaceKey.Can(data.idNumber().substring(6))), bac);
        }
    }

    /** Explicit BAC fields: the clerk chose BAC, so only BAC is tried. */
    record Bac(BacKey key) implements AccessInput {
        @Override
        public AccessPlan plan(int maxBacAttempts) {
            return new AccessPlan(Optional.empty(), List.of(key));
        }
    }

    /** Keys to try for one card presentation. */
    record AccessPlan(Optional<PaceKey> pace, List<BacKey> bacCandidates) {
        public AccessPlan {
            bacCandidates = List.copyOf(bacCandidates);
        }

        /** The same plan without PACE, for readers forced to BAC (tests, chips that reject PACE). */
        public AccessPlan bacOnly() {
            return new AccessPlan(Optional.empty(), bacCandidates);
        }

        @Override
        public String toString() {
            return "AccessPlan[pace=" + pace.map(p -> p.method().label()).orElse("none") + ", bac="
                    + bacCandidates.size() + "]";
        }
    }
}
