package vn.counterdesk.store.person;

/** One verification check of a card read as shown to the clerk (e.g. "PASSIVE_AUTH", "PASSED", "DG13 hash ok"). */
public record Check(String name, String status, String detail) {}
