package vn.counterdesk.card.read;

/** What a read cost: APDUs exchanged (access included), file bytes read, wall-clock milliseconds. */
public record ReadStatistics(int apdus, long bytesRead, long millis) {}
