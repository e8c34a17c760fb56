package vn.counterdesk.invoice.pdf;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Vietnamese print conventions: {@code 1.284.000,5} for numbers, "Ngày … tháng … năm …" for dates. */
final class VnFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private VnFormat() {}

    static String number(BigDecimal value) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0.######", symbols);
        format.setParseBigDecimal(true);
        return format.format(value);
    }

    /** "Ngày 21 tháng 11 năm 2021": the form the regulation uses on the representation. */
    static String longDate(LocalDate date) {
        return "Ngày %02d tháng %02d năm %d".formatted(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /** "ngày 05 tháng 06 năm 2025" inside a sentence. */
    static String inlineDate(LocalDate date) {
        return "ngày %02d tháng %02d năm %d".formatted(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    static String shortDate(LocalDate date) {
        return DATE.format(date);
    }

    static String dateTime(LocalDateTime time) {
        return DATE_TIME.format(time);
    }
}
