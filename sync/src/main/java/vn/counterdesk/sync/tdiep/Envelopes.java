package vn.counterdesk.sync.tdiep;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds the outbound messages (200, 203, 206, 300) for one sender/receiver pair. Each call makes a
 * fresh {@code MTDiep}; a resend must reuse the bytes of the first call, not call again.
 */
public final class Envelopes {

    private final PartyCode sender;
    private final PartyCode receiver;

    public Envelopes(PartyCode sender, PartyCode receiver) {
        this.sender = Objects.requireNonNull(sender);
        this.receiver = Objects.requireNonNull(receiver);
    }

    /** 200: one signed invoice ({@code HDon}) for coding. */
    public TDiep codedInvoice(String taxCode, byte[] signedInvoice) {
        return message(MessageType.INVOICE_FOR_CODING, taxCode, 1, signedInvoice, Optional.empty());
    }

    /**
     * 200 under an MTDiep fixed earlier (the store assigns it at enqueue): the same arguments always give the
     * same message, so a resend rebuilt from them is byte-identical to the first send. {@code MNGui} is the
     * id's sender code, not this builder's: the spec makes MTDiep = MNGui + UUID, and a fixed id may already
     * be upstream, so it cannot change when the configured sender does (an upstream rejects the mismatch as
     * a malformed envelope).
     */
    public TDiep codedInvoice(String taxCode, byte[] signedInvoice, MessageId fixedId) {
        return message(
                MessageType.INVOICE_FOR_CODING, taxCode, 1, signedInvoice, Optional.empty(), fixedId.sender(), fixedId);
    }

    /** 203: several signed uncoded invoices of one taxpayer. */
    public TDiep uncodedInvoices(String taxCode, List<byte[]> signedInvoices) {
        if (signedInvoices.isEmpty()) {
            throw new IllegalArgumentException("a 203 message carries at least one invoice");
        }
        List<byte[]> parts = new ArrayList<>();
        signedInvoices.forEach(invoice -> parts.add(XmlText.stripProlog(invoice)));
        int size = parts.stream().mapToInt(p -> p.length).sum();
        byte[] payload = new byte[size];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, payload, at, part.length);
            at += part.length;
        }
        return message(MessageType.UNCODED_INVOICE_DATA, taxCode, parts.size(), payload, Optional.empty());
    }

    /** 206: a cash-register invoice with the seller's signature over {@code DLieu} ({@code CKSNNT}). */
    public TDiep cashRegisterInvoice(String taxCode, byte[] invoice, Optional<byte[]> sellerSignature) {
        return message(MessageType.CASH_REGISTER_DATA, taxCode, 1, invoice, sellerSignature);
    }

    /** 300: a signed 04/SS-HĐĐT error notice ({@code TBao}). */
    public TDiep errorNotice(String taxCode, byte[] signedNotice) {
        return message(MessageType.ERROR_NOTICE, taxCode, 1, signedNotice, Optional.empty());
    }

    private TDiep message(
            MessageType type, String taxCode, int count, byte[] payload, Optional<byte[]> sellerSignature) {
        return message(type, taxCode, count, payload, sellerSignature, sender, MessageId.newFor(sender));
    }

    private TDiep message(
            MessageType type,
            String taxCode,
            int count,
            byte[] payload,
            Optional<byte[]> sellerSignature,
            PartyCode from,
            MessageId id) {
        Header header = new Header(Header.CURRENT_VERSION, from, receiver, type, id, Optional.empty(), taxCode, count);
        return new TDiep(header, XmlText.stripProlog(payload), sellerSignature);
    }
}
