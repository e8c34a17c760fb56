package vn.counterdesk.card.verify;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Maps MRZ issuing-state codes (ICAO alpha-3, with ICAO's own exceptions) to ISO alpha-2 codes. */
final class CountryCodes {

    private static final Map<String, String> ALPHA3_TO_ALPHA2 = build();

    private CountryCodes() {}

    static Optional<String> alpha2(String mrzIssuingState) {
        String code = mrzIssuingState.replace("<", "").toUpperCase(Locale.ROOT);
        return Optional.ofNullable(ALPHA3_TO_ALPHA2.get(code));
    }

    private static Map<String, String> build() {
        Map<String, String> map = new HashMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            map.put(Locale.of("", alpha2).getISO3Country(), alpha2);
        }
        // ICAO 9303-3 codes that differ from ISO 3166-1 alpha-3.
        map.put("D", "DE");
        map.put("GBD", "GB");
        map.put("GBN", "GB");
        map.put("GBO", "GB");
        map.put("GBP", "GB");
        map.put("GBS", "GB");
        map.put("RKS", "XK");
        return Map.copyOf(map);
    }
}
