package vn.counterdesk.sync.tdiep;

import java.util.List;
import java.util.Optional;

/** What the upstream said about one of our messages, interpreted from a received {@link TDiep}. */
public sealed interface Answer {

    /** The received message itself (kept verbatim for the archive, einvoice.md §10). */
    TDiep message();

    /** The id of our message this answers ({@code MTDTChieu}, or {@code TBao/MTDiep} in a 999). */
    MessageId answers();

    /** 999: {@code TTTNhan} 0 = received without error, 1 = error (with {@code LDo} items). */
    record TechnicalAck(TDiep message, MessageId answers, boolean accepted, List<ErrorItem> errors) implements Answer {
        public TechnicalAck {
            errors = List.copyOf(errors);
        }
    }

    /**
     * 202: the invoice returned with the tax authority's code and signature. {@code invoice} is the
     * verbatim {@code HDon}; nothing here is trusted until the CQT signature has been verified.
     */
    record CodedInvoice(TDiep message, MessageId answers, String claimedCode, byte[] invoice) implements Answer {
        public CodedInvoice {
            invoice = invoice.clone();
        }

        @Override
        public byte[] invoice() {
            return invoice.clone();
        }

        @Override
        public String toString() {
            return "CodedInvoice[" + answers + "]";
        }
    }

    /** 204 (01/TB-KTDL): {@code LTBao} result type and the error items. */
    record CheckResult(TDiep message, MessageId answers, int resultType, List<ErrorItem> errors) implements Answer {
        /** {@code LTBao} 1: not eligible for a code (a coded invoice is rejected). */
        public static final int NOT_ELIGIBLE = 1;
        /** {@code LTBao} 2: data package valid. */
        public static final int VALID = 2;

        public CheckResult {
            errors = List.copyOf(errors);
        }

        public boolean rejects() {
            return resultType != VALID;
        }
    }

    /** 301 (01/TB-SSĐT): processing result of an error notice; {@code errors} empty when accepted. */
    record ErrorNoticeResult(TDiep message, MessageId answers, Optional<String> status, List<ErrorItem> errors)
            implements Answer {
        public ErrorNoticeResult {
            errors = List.copyOf(errors);
        }
    }
}
