package vn.counterdesk.card.access;

/** A PACE password: the card access number or the MRZ. */
public sealed interface PaceKey {

    /** Key reference in MSE:Set AT (tag 83). */
    int keyReference();

    /** The access method recorded in results. */
    AccessMethod method();

    record Can(String digits) implements PaceKey {
        public Can {
            if (!digits.matches("\\d{6}")) {
                throw new IllegalArgumentException("CAN must be 6 digits");
            }
        }

        @Override
        public int keyReference() {
            return 0x02;
        }

        @Override
        public AccessMethod method() {
            return AccessMethod.PACE_CAN;
        }

        @Override
        public String toString() {
            return "Can[redacted]";
        }
    }

    record Mrz(BacKey bac) implements PaceKey {
        @Override
        public int keyReference() {
            return 0x01;
        }

        @Override
        public AccessMethod method() {
            return AccessMethod.PACE_MRZ;
        }
    }
}
