package vn.counterdesk.card.verify;

public enum CheckStatus {
    PASS,
    FAIL,
    SKIPPED
}
