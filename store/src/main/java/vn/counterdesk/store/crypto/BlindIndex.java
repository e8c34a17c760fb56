package vn.counterdesk.store.crypto;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Keyed look-up values for personal data: equality on ID numbers and tax codes, and word/prefix tokens of
 * folded names. All are HMAC-SHA256 under sub-keys of the index key, never plain text. See docs/store.md for
 * what they reveal.
 */
public final class BlindIndex {
    /** Tokens are truncated: 128 bits keep collisions negligible while making rows smaller. */
    public static final int TOKEN_BYTES = 16;
    /** Person token sets are padded to a multiple of this so their size leaks little about the name length. */
    static final int PAD_BLOCK = 16;

    /** Prefixes shorter than this are not indexed (a one-letter prefix would match half the table). */
    public static final int MIN_PREFIX = 2;

    private final byte[] idKey;
    private final byte[] nameKey;
    private final SecureRandom random = new SecureRandom();

    public BlindIndex(StoreKeys keys) {
        this.idKey = keys.indexSubKey("id-number");
        this.nameKey = keys.indexSubKey("name-token");
    }

    /** The keyed hash of an identifier (12-digit ID number, tax code), after trimming. */
    public byte[] identifier(String value) {
        return StoreKeys.hmac(idKey, value.strip().getBytes(StandardCharsets.UTF_8));
    }

    public byte[] wordToken(String foldedWord) {
        return token("w", foldedWord);
    }

    public byte[] prefixToken(String foldedPrefix) {
        return token("p", foldedPrefix);
    }

    /** Word and prefix tokens of a person's name, padded with random tokens that no query can match. */
    public List<byte[]> personNameTokens(String name) {
        Set<String> labels = new LinkedHashSet<>();
        for (String word : NameNormalizer.words(name)) {
            labels.add("w" + word);
            for (int length = MIN_PREFIX; length <= word.length(); length++) {
                labels.add("p" + word.substring(0, length));
            }
        }
        List<byte[]> tokens = new ArrayList<>();
        for (String label : labels) {
            tokens.add(token(label.substring(0, 1), label.substring(1)));
        }
        int padded = Math.max(PAD_BLOCK, ((tokens.size() + PAD_BLOCK - 1) / PAD_BLOCK) * PAD_BLOCK);
        while (tokens.size() < padded) {
            byte[] filler = new byte[TOKEN_BYTES];
            random.nextBytes(filler);
            tokens.add(filler);
        }
        return tokens;
    }

    /** Whole-word tokens only (invoice buyer names: one row per word keeps a million invoices small). */
    public List<byte[]> wordTokens(String name) {
        return NameNormalizer.words(name).stream()
                .distinct()
                .map(this::wordToken)
                .toList();
    }

    private byte[] token(String kind, String value) {
        byte[] full = StoreKeys.hmac(nameKey, (kind + '\u0000' + value).getBytes(StandardCharsets.UTF_8));
        return Arrays.copyOf(full, TOKEN_BYTES);
    }
}
