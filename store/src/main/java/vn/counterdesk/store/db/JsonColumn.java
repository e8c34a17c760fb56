package vn.counterdesk.store.db;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** JSON encoding of small structured values kept in one (encrypted) column. */
public final class JsonColumn {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonColumn() {}

    public static byte[] encode(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new StoreException("cannot encode a stored value", e);
        }
    }

    public static <T> T decode(byte[] json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (IOException e) {
            throw new StoreException("a stored value is unreadable", e);
        }
    }
}
