package vn.counterdesk.store.person;

import java.time.Instant;
import java.util.List;

/** A card read as stored (the ID number is implied by the person it belongs to). */
public record StoredCardRead(long id, String readBy, Instant readAt, String verdict, List<Check> checks) {}
