package vn.counterdesk.card.verify;

import java.util.List;
import java.util.Optional;

/**
 * The result of verifying one document: the overall verdict, every named check in a fixed order,
 * and the per-data-group hash comparison.
 */
public record Verification(Verdict verdict, List<Check> checks, List<DataGroupResult> dataGroups) {

    public Verification {
        checks = List.copyOf(checks);
        dataGroups = List.copyOf(dataGroups);
    }

    public Optional<Check> check(CheckName name) {
        return checks.stream().filter(check -> check.name() == name).findFirst();
    }
}
