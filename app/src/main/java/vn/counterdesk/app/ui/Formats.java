package vn.counterdesk.app.ui;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** How amounts and dates look on a Vietnamese counter: 1.234.000 and 27/11/2026 in both languages. */
public final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Formats() {}

    public static String money(BigDecimal amount) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0.##", symbols).format(amount);
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    public static String date(Optional<LocalDate> date) {
        return date.map(Formats::date).orElse("");
    }
}
