package vn.counterdesk.sync.connector;

import java.util.List;
import vn.counterdesk.sync.tdiep.TDiep;

/**
 * Answers published by the upstream after {@code cursor}; {@code nextCursor} is where the next
 * poll continues once these have been applied. Empty {@code messages} means nothing new.
 */
public record AnswerPage(List<TDiep> messages, String nextCursor) {

    public AnswerPage {
        messages = List.copyOf(messages);
    }
}
