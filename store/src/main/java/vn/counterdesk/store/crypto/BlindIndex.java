package vn.counterdesk.store.crypto;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keyed look-up values for personal data: equality on ID numbers and tax codes, and word, prefix and word-combination
 * tokens of folded names. All are HMAC-SHA256 under sub-keys of the index key, never plain text. See docs/store.md
 * for what they reveal.
 *
 * <p>Combination tokens exist for speed: a single common word ("nguyen", "van") matches tens of thousands of rows,
 * while a pair or triple of words is selective, so a search can be driven from one short token list. Every
 * combination token of a row is a function of word/prefix tokens the same row already holds, so it adds no new
 * equality information to the file.
 */
public final class BlindIndex {
    /** Tokens are truncated: 128 bits keep collisions negligible while making rows smaller. */
    public static final int TOKEN_BYTES = 16;
    /** Person token sets are padded to a multiple of this so their size leaks little about the name length. */
    static final int PAD_BLOCK = 16;

    /** Prefixes shorter than this are not indexed (a one-letter prefix would match half the table). */
    public static final int MIN_PREFIX = 2;

    private static final String WORD = "w";
    private static final String PREFIX = "p";
    /** Two distinct words of one name, in sorted order. */
    private static final String WORD_PAIR = "W";
    /** A word and the prefix of another word (other position) of one name. */
    private static final String WORD_AND_PREFIX = "P";
    /** Three distinct words of one name, in sorted order (invoice buyers). */
    private static final String WORD_TRIPLE = "T";

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

    /**
     * Tokens of a person's name: words, prefixes (length &ge; {@value #MIN_PREFIX}), word pairs and word + prefix
     * of another word; padded with random tokens that no query can match.
     */
    public List<byte[]> personNameTokens(String name) {
        List<String> words = NameNormalizer.words(name);
        Set<String> labels = new LinkedHashSet<>();
        for (String word : words) {
            labels.add(label(WORD, word));
            prefixes(word).forEach(prefix -> labels.add(label(PREFIX, prefix)));
        }
        labels.addAll(pairLabels(new TreeSet<>(words)));
        for (int i = 0; i < words.size(); i++) {
            for (int j = 0; j < words.size(); j++) {
                if (i != j) {
                    String word = words.get(i);
                    prefixes(words.get(j)).forEach(prefix -> labels.add(label(WORD_AND_PREFIX, word, prefix)));
                }
            }
        }
        List<byte[]> tokens = new ArrayList<>(labels.stream().map(this::token).toList());
        int padded = Math.max(PAD_BLOCK, ((tokens.size() + PAD_BLOCK - 1) / PAD_BLOCK) * PAD_BLOCK);
        while (tokens.size() < padded) {
            byte[] filler = new byte[TOKEN_BYTES];
            random.nextBytes(filler);
            tokens.add(filler);
        }
        return tokens;
    }

    /**
     * The tokens a person must hold to match a typed name: every word but the last is a whole word, the last may be
     * a prefix. Returns the smallest set that implies all conditions the index can express (pairs imply their
     * words); the caller re-checks the decrypted names.
     */
    public List<byte[]> personSearchTokens(List<String> completeWords, String lastWord) {
        var complete = new TreeSet<>(completeWords);
        boolean prefixUsable = lastWord.length() >= MIN_PREFIX
                // A prefix of a typed whole word is already satisfied by that word.
                && complete.stream().noneMatch(word -> word.startsWith(lastWord));
        Set<String> labels = new LinkedHashSet<>();
        if (prefixUsable) {
            complete.forEach(word -> labels.add(label(WORD_AND_PREFIX, word, lastWord)));
            if (complete.isEmpty()) {
                labels.add(label(PREFIX, lastWord));
            }
        }
        labels.addAll(pairLabels(complete));
        if (complete.size() == 1 && !prefixUsable) {
            labels.add(label(WORD, complete.first()));
        }
        return labels.stream().map(this::token).toList();
    }

    /** Buyer-name tokens of an invoice: whole words, word pairs and word triples (no prefixes, no padding). */
    public List<byte[]> buyerNameTokens(String name) {
        var words = new TreeSet<>(NameNormalizer.words(name));
        Set<String> labels = new LinkedHashSet<>();
        words.forEach(word -> labels.add(label(WORD, word)));
        labels.addAll(pairLabels(words));
        labels.addAll(tripleLabels(words));
        return labels.stream().map(this::token).toList();
    }

    /** The tokens an invoice must hold when every typed word is a whole word of its buyer name. */
    public List<byte[]> buyerSearchTokens(List<String> typedWords) {
        var words = new TreeSet<>(typedWords);
        List<String> labels = switch (words.size()) {
            case 0 -> List.of();
            case 1 -> List.of(label(WORD, words.first()));
            case 2 -> pairLabels(words);
            default -> tripleLabels(words);
        };
        return labels.stream().map(this::token).toList();
    }

    private static List<String> prefixes(String word) {
        var prefixes = new ArrayList<String>();
        for (int length = MIN_PREFIX; length <= word.length(); length++) {
            prefixes.add(word.substring(0, length));
        }
        return prefixes;
    }

    private static List<String> pairLabels(TreeSet<String> sortedWords) {
        return combinationLabels(WORD_PAIR, List.copyOf(sortedWords), 2);
    }

    private static List<String> tripleLabels(TreeSet<String> sortedWords) {
        return combinationLabels(WORD_TRIPLE, List.copyOf(sortedWords), 3);
    }

    /** One label per {@code size}-element combination of the sorted words (order kept, so one label per set). */
    private static List<String> combinationLabels(String kind, List<String> words, int size) {
        var labels = new ArrayList<String>();
        collect(kind, words, size, 0, new ArrayList<>(), labels);
        return labels;
    }

    private static void collect(
            String kind, List<String> words, int size, int from, List<String> chosen, List<String> labels) {
        if (chosen.size() == size) {
            labels.add(label(kind, chosen.toArray(String[]::new)));
            return;
        }
        for (int i = from; i < words.size(); i++) {
            chosen.add(words.get(i));
            collect(kind, words, size, i + 1, chosen, labels);
            chosen.removeLast();
        }
    }

    /** Folded words contain only [a-z0-9], so a space separates parts unambiguously. */
    private static String label(String kind, String... parts) {
        return kind + '\u0000' + String.join(" ", parts);
    }

    private byte[] token(String label) {
        byte[] full = StoreKeys.hmac(nameKey, label.getBytes(StandardCharsets.UTF_8));
        return Arrays.copyOf(full, TOKEN_BYTES);
    }
}
