package vn.counterdesk.store.person;

import java.util.Optional;

/** One hit of a person search: enough for the clerk to pick the right customer. */
public record PersonMatch(long personId, String idNumber, String fullName, Optional<String> dateOfBirth) {
    @Override
    public String toString() {
        return "PersonMatch[personId=" + personId + "]";
    }
}
