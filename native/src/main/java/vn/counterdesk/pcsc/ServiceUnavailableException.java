package vn.counterdesk.pcsc;

/** PC/SC cannot be used at all right now; {@link #problem()} says what the user can do about it. */
public final class ServiceUnavailableException extends CardIoException {

    private final ReaderSnapshot.ServiceProblem problem;

    public ServiceUnavailableException(ReaderSnapshot.ServiceProblem problem, String detail) {
        super(problem + ": " + detail);
        this.problem = problem;
    }

    public ServiceUnavailableException(ReaderSnapshot.ServiceProblem problem, String detail, Throwable cause) {
        super(problem + ": " + detail, cause);
        this.problem = problem;
    }

    public ReaderSnapshot.ServiceProblem problem() {
        return problem;
    }
}
