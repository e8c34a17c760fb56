package vn.counterdesk.invoice.sign;

import java.util.List;
import java.util.Optional;
import vn.counterdesk.invoice.validation.Problem;

/** Every signature found on an invoice with its verdict, plus document-level findings (missing seller signature, duplicate Ids, misplaced signatures). */
public record VerificationReport(List<SignatureCheck> signatures, List<Problem> problems) {

    public VerificationReport {
        signatures = List.copyOf(signatures);
        problems = List.copyOf(problems);
    }

    public boolean allSignaturesValid() {
        return signatures.stream().allMatch(SignatureCheck::valid);
    }

    public Optional<SignatureCheck> seller() {
        return signatures.stream().filter(s -> s.role() == SignatureRole.SELLER).findFirst();
    }

    /** The seller signed, and every signature present verifies. */
    public boolean verified() {
        return seller().isPresent() && allSignaturesValid();
    }
}
