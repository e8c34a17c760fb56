package vn.counterdesk.card.access;

import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.SequencedSet;

/**
 * The card's expiry derived from birth and issue dates by the renewal-age rule (Law on Citizen
 * Identification 2014 Art. 21; Law on Identification 2023 Art. 21), because the QR carries no
 * expiry but BAC needs one (spec §7.3).
 */
public final class ExpiryDerivation {

    /** Cards issued from this day follow the 2023 law, which adds the renewal age 14. */
    static final LocalDate LAW_2023_EFFECTIVE = LocalDate.of(2024, 7, 1);

    private static final List<Integer> MILESTONES_2014 = List.of(25, 40, 60);
    private static final List<Integer> MILESTONES_2023 = List.of(14, 25, 40, 60);
    /** Spec §7.3 step 5: try the lifetime marker from this age at issue on. */
    private static final int LIFETIME_CANDIDATE_AGE = 56;

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    private ExpiryDerivation() {}

    /** The expiry, or empty for a lifetime card. */
    public static Optional<LocalDate> derive(LocalDate dateOfBirth, LocalDate dateOfIssue) {
        for (int age : milestones(dateOfIssue)) {
            if (dateOfIssue.isBefore(dateOfBirth.plusYears(age - 2))) {
                return Optional.of(dateOfBirth.plusYears(age));
            }
        }
        return Optional.empty();
    }

    /**
     * BAC expiry candidates (YYMMDD) in the order of spec §7.3: the derived date, the other side of
     * the nearest 2-year window boundary, the other day for 29 February births, and {@code 991231}
     * when the holder was 56 or older at issue. At most {@code maxCandidates}.
     */
    public static List<String> bacCandidates(LocalDate dateOfBirth, LocalDate dateOfIssue, int maxCandidates) {
        SequencedSet<String> out = new LinkedHashSet<>();
        Optional<LocalDate> derived = derive(dateOfBirth, dateOfIssue);
        out.add(derived.map(YYMMDD::format).orElse(BacKey.LIFETIME_EXPIRY));
        boundaryAlternative(dateOfBirth, dateOfIssue, derived).ifPresent(out::add);
        if (dateOfBirth.getMonth() == Month.FEBRUARY && dateOfBirth.getDayOfMonth() == 29) {
            derived.filter(d -> !d.isLeapYear())
                    .ifPresent(d -> out.add(YYMMDD.format(LocalDate.of(d.getYear(), 3, 1))));
        }
        if (Period.between(dateOfBirth, dateOfIssue).getYears() >= LIFETIME_CANDIDATE_AGE) {
            out.add(BacKey.LIFETIME_EXPIRY);
        }
        return new ArrayList<>(out).subList(0, Math.min(maxCandidates, out.size()));
    }

    /** The result if the issue date fell on the other side of the nearest window start. */
    private static Optional<String> boundaryAlternative(
            LocalDate dateOfBirth, LocalDate dateOfIssue, Optional<LocalDate> derived) {
        List<Integer> ages = milestones(dateOfIssue);
        int index = derived.map(d -> ages.indexOf(d.getYear() - dateOfBirth.getYear()))
                .orElse(ages.size());
        long daysToNext = index < ages.size()
                ? daysBetween(dateOfIssue, windowStart(dateOfBirth, ages.get(index)))
                : Long.MAX_VALUE;
        long daysToPrevious =
                index > 0 ? daysBetween(windowStart(dateOfBirth, ages.get(index - 1)), dateOfIssue) : Long.MAX_VALUE;
        int alternative = daysToPrevious <= daysToNext ? index - 1 : index + 1;
        if (alternative < 0 || (daysToPrevious == Long.MAX_VALUE && daysToNext == Long.MAX_VALUE)) {
            return Optional.empty();
        }
        if (alternative >= ages.size()) {
            return Optional.of(BacKey.LIFETIME_EXPIRY);
        }
        return Optional.of(YYMMDD.format(dateOfBirth.plusYears(ages.get(alternative))));
    }

    private static LocalDate windowStart(LocalDate dateOfBirth, int age) {
        return dateOfBirth.plusYears(age - 2);
    }

    private static long daysBetween(LocalDate from, LocalDate to) {
        return Math.abs(to.toEpochDay() - from.toEpochDay());
    }

    private static List<Integer> milestones(LocalDate dateOfIssue) {
        return dateOfIssue.isBefore(LAW_2023_EFFECTIVE) ? MILESTONES_2014 : MILESTONES_2023;
    }
}
