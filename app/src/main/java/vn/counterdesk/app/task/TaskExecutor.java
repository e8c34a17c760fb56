package vn.counterdesk.app.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs {@link BackgroundTask}s on worker threads and hands their callbacks to {@code callbackThread}
 * (in the app: {@code Platform::runLater}). Nothing here knows JavaFX, so view models stay testable.
 */
public final class TaskExecutor implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(TaskExecutor.class.getName());

    private final ExecutorService workers = Executors.newCachedThreadPool(
            Thread.ofPlatform().name("counterdesk-task-", 0).daemon(true).factory());
    private final java.util.concurrent.Executor callbackThread;

    public TaskExecutor(java.util.concurrent.Executor callbackThread) {
        this.callbackThread = callbackThread;
    }

    /** Runs the task; after {@link #close} (the window is closing) new work is dropped. */
    public <T> Future<?> execute(BackgroundTask<T> task) {
        if (workers.isShutdown()) {
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        }
        return workers.submit(() -> {
            BackgroundTask.Progress progress = new BackgroundTask.Progress() {
                @Override
                public void update(double fraction) {
                    if (!task.isCancelled()) {
                        callbackThread.execute(() -> task.progressCallback().accept(fraction));
                    }
                }

                @Override
                public boolean isCancelled() {
                    return task.isCancelled();
                }
            };
            try {
                T result = task.work().run(progress);
                if (!task.isCancelled()) {
                    callbackThread.execute(() -> task.successCallback().accept(result));
                }
            } catch (Exception e) {
                // Only the type: messages of lower layers may still name a field of a person.
                LOG.log(
                        System.Logger.Level.WARNING,
                        "background task failed: {0}",
                        e.getClass().getName());
                callbackThread.execute(() -> task.failureCallback().accept(e));
            }
        });
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
