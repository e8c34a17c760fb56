package vn.counterdesk.sync.connector;

import vn.counterdesk.sync.tdiep.Answer;

/**
 * The engine's view of a T-VAN: submit a message and get its technical acknowledgement (999)
 * synchronously; collect later answers (202, 204, 301, late 999s) by polling a cursor.
 */
public interface UpstreamConnector {

    /** Sends the serialised {@code TDiep} as is; a resend passes the same bytes. */
    ConnectorResult<Answer.TechnicalAck> submit(byte[] message);

    /** Answers after {@code cursor} (empty string: from the beginning), at most {@code limit}. */
    ConnectorResult<AnswerPage> fetchAnswers(String cursor, int limit);
}
