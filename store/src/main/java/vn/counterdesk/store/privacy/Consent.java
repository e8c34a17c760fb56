package vn.counterdesk.store.privacy;

import java.time.Instant;
import java.util.Optional;

/** A consent given by a person: who recorded it, when, for which purpose; and when it was withdrawn. */
public record Consent(long id, String recordedBy, Instant givenAt, String purpose, Optional<Instant> withdrawnAt) {}
