package vn.counterdesk.store.audit;

/** Who reads or changes personal data and why; every such operation writes one audit row with it. */
public record AccessContext(String actor, String purpose) {
    public AccessContext {
        if (actor == null || actor.isBlank() || purpose == null || purpose.isBlank()) {
            throw new IllegalArgumentException("actor and purpose are required for access to personal data");
        }
    }
}
