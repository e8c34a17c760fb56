package vn.counterdesk.sync.tdiep;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * One transmission message. {@code payload} is the verbatim content of {@code DLieu} (for 200/202:
 * the {@code HDon} bytes exactly as signed); it is never re-serialised because that would break the
 * signatures inside. {@code sellerSignature} is the verbatim content of {@code CKSNNT} (message 206).
 */
public record TDiep(Header header, byte[] payload, Optional<byte[]> sellerSignature) {

    public TDiep {
        Objects.requireNonNull(header);
        payload = payload.clone();
        sellerSignature = sellerSignature.map(byte[]::clone);
    }

    public TDiep(Header header, byte[] payload) {
        this(header, payload, Optional.empty());
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    @Override
    public Optional<byte[]> sellerSignature() {
        return sellerSignature.map(byte[]::clone);
    }

    public String payloadText() {
        return new String(payload, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TDiep that
                && header.equals(that.header)
                && Arrays.equals(payload, that.payload)
                && sellerSignature
                        .map(s -> that.sellerSignature
                                .map(t -> Arrays.equals(s, t))
                                .orElse(false))
                        .orElse(that.sellerSignature.isEmpty());
    }

    @Override
    public int hashCode() {
        return header.hashCode() * 31 + Arrays.hashCode(payload);
    }

    /** Ids and type only: the payload carries personal data (buyer names, ID numbers). */
    @Override
    public String toString() {
        return "TDiep[" + header.type().code() + " " + header.id() + "]";
    }
}
