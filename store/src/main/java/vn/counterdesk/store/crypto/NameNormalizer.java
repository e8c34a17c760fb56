package vn.counterdesk.store.crypto;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text to what a clerk types on a plain keyboard: "Nguyễn Văn Đạt" becomes
 * {@code [nguyen, van, dat]}. Diacritics are removed by canonical decomposition; đ/Đ do not decompose and are
 * mapped to d explicitly.
 */
public final class NameNormalizer {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    private NameNormalizer() {}

    public static List<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD);
        folded = MARKS.matcher(folded).replaceAll("");
        folded = folded.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        return Arrays.stream(SEPARATORS.split(folded))
                .filter(word -> !word.isEmpty())
                .toList();
    }
}
