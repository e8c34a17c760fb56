package vn.counterdesk.app.task;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * One piece of slow work (chip read, signing, PDF, search, sync) with its callbacks. GUI-free: the
 * {@link TaskExecutor} decides on which thread the callbacks run (the FX thread in the app).
 *
 * @param <T> what the work produces
 */
public final class BackgroundTask<T> {

    /** The work itself; it reports progress in [0, 1] and polls cancellation between steps. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** What running work sees of its task. */
    public interface Progress {
        void update(double fraction);

        boolean isCancelled();
    }

    private final Work<T> work;
    private Consumer<T> onSuccess = value -> {};
    private Consumer<Exception> onFailure = error -> {};
    private DoubleConsumer onProgress = fraction -> {};
    private Runnable onCancel = () -> {};
    private final AtomicBoolean cancelled = new AtomicBoolean();

    private BackgroundTask(Work<T> work) {
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> of(Work<T> work) {
        return new BackgroundTask<>(work);
    }

    public BackgroundTask<T> onSuccess(Consumer<T> callback) {
        this.onSuccess = callback;
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Exception> callback) {
        this.onFailure = callback;
        return this;
    }

    public BackgroundTask<T> onProgress(DoubleConsumer callback) {
        this.onProgress = callback;
        return this;
    }

    /** Also runs on the worker side when cancelled, e.g. to stop a chip read between two APDUs. */
    public BackgroundTask<T> onCancel(Runnable callback) {
        this.onCancel = callback;
        return this;
    }

    /** Asks the work to stop; its result, if any, is then dropped. */
    public void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            onCancel.run();
        }
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    Work<T> work() {
        return work;
    }

    Consumer<T> successCallback() {
        return onSuccess;
    }

    Consumer<Exception> failureCallback() {
        return onFailure;
    }

    DoubleConsumer progressCallback() {
        return onProgress;
    }
}
