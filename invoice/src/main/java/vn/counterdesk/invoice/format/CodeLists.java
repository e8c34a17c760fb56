package vn.counterdesk.invoice.format;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The code lists of one format version (spec §3): configuration, because several of them are not confirmed in
 * primary text and change with regulations.
 *
 * @param formDigits allowed {@code KHMSHDon}
 * @param symbolLetters allowed type letters (position 4 of {@code KHHDon})
 * @param taxRates allowed fixed {@code TSuat} codes; {@code otherRate} matches {@code KHAC:x}
 * @param lineNatures allowed {@code TChat}
 * @param specialGoodsTypes allowed {@code LHHDTrung}
 * @param cashRegisterCode format of the 23-character MTT {@code MCCQT}
 */
public record CodeLists(
        Set<String> formDigits,
        String symbolLetters,
        Set<String> taxRates,
        Pattern otherRate,
        Set<Integer> lineNatures,
        Set<Integer> specialGoodsTypes,
        Pattern cashRegisterCode) {

    public CodeLists {
        formDigits = Set.copyOf(formDigits);
        Objects.requireNonNull(symbolLetters, "symbolLetters");
        taxRates = Set.copyOf(taxRates);
        Objects.requireNonNull(otherRate, "otherRate");
        lineNatures = Set.copyOf(lineNatures);
        specialGoodsTypes = Set.copyOf(specialGoodsTypes);
        Objects.requireNonNull(cashRegisterCode, "cashRegisterCode");
    }

    public boolean isTaxRate(String code) {
        return taxRates.contains(code) || otherRate.matcher(code).matches();
    }

    /** The symbol pattern of spec §3.2 with this version's letters. */
    public Pattern symbolPattern() {
        return Pattern.compile("[CK][0-9]{2}[" + symbolLetters + "][A-Z]{2}");
    }
}
