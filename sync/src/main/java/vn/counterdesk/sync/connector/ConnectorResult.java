package vn.counterdesk.sync.connector;

/** Either the value the upstream returned or why there is none. */
public sealed interface ConnectorResult<T> {

    record Ok<T>(T value) implements ConnectorResult<T> {}

    record Failed<T>(TransportFailure failure) implements ConnectorResult<T> {}

    static <T> ConnectorResult<T> failed(TransportFailure.Kind kind, String detail) {
        return new Failed<>(new TransportFailure(kind, detail));
    }
}
