package vn.counterdesk.store.search;

import java.util.List;
import vn.counterdesk.store.crypto.NameNormalizer;

/**
 * A name as typed by a clerk, folded ("nguyen van a"). Every word but the last must match a whole word of the
 * name; the last word may be the beginning of one (the clerk is still typing). Used both to build the token
 * query and to re-check decrypted candidates, which removes token collisions and handles one-letter words.
 */
public record NameQuery(List<String> words) {
    public static NameQuery parse(String typed) {
        return new NameQuery(NameNormalizer.words(typed));
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** True when the decrypted name satisfies this query. */
    public boolean matches(String name) {
        List<String> nameWords = NameNormalizer.words(name);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean last = i == words.size() - 1;
            boolean found = nameWords.stream()
                    .anyMatch(candidate -> last ? candidate.startsWith(word) : candidate.equals(word));
            if (!found) {
                return false;
            }
        }
        return true;
    }

    public List<String> completeWords() {
        return words.subList(0, Math.max(0, words.size() - 1));
    }

    public String lastWord() {
        return words.getLast();
    }

    @Override
    public String toString() {
        return "NameQuery[" + words.size() + " words]";
    }
}
