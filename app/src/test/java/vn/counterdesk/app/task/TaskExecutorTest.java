package vn.counterdesk.app.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TaskExecutorTest {

    @Test
    void resultAndProgressArriveOnTheCallbackThreadNotTheWorker() throws Exception {
        var callbackThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "ui"));
        List<String> seen = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        try (TaskExecutor executor = new TaskExecutor(callbackThread)) {
            executor.execute(BackgroundTask.of(p -> {
                        seen.add("work on " + Thread.currentThread().getName().startsWith("counterdesk-task-"));
                        p.update(0.5);
                        return 42;
                    })
                    .onProgress(f -> seen.add(
                            "progress " + f + " on " + Thread.currentThread().getName()))
                    .onSuccess(v -> {
                        seen.add("result " + v + " on " + Thread.currentThread().getName());
                        done.countDown();
                    }));
            assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        } finally {
            callbackThread.shutdown();
        }
        assertThat(seen).containsExactly("work on true", "progress 0.5 on ui", "result 42 on ui");
    }

    @Test
    void cancelStopsTheWorkAndDropsItsResult() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        try (TaskExecutor executor = new TaskExecutor(Runnable::run)) {
            BackgroundTask<String> task = BackgroundTask.of(p -> {
                        started.countDown();
                        while (!p.isCancelled()) {
                            Thread.sleep(5);
                        }
                        stopped.countDown();
                        return "late";
                    })
                    .onCancel(() -> seen.add("cancel hook"))
                    .onSuccess(seen::add);
            executor.execute(task);
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            task.cancel();
            assertThat(stopped.await(5, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(50);
        }
        assertThat(seen).containsExactly("cancel hook");
    }

    @Test
    void failureReachesTheFailureCallback() throws Exception {
        CountDownLatch failed = new CountDownLatch(1);
        List<Exception> errors = new CopyOnWriteArrayList<>();
        try (TaskExecutor executor = new TaskExecutor(Runnable::run)) {
            executor.execute(BackgroundTask.<String>of(p -> {
                        throw new IllegalStateException("boom");
                    })
                    .onFailure(e -> {
                        errors.add(e);
                        failed.countDown();
                    }));
            assertThat(failed.await(5, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(errors).singleElement().isInstanceOf(IllegalStateException.class);
    }
}
