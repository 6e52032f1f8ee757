package org.trailmark.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class TaskExecutorTest {
    private final SameThreadTaskExecutor executor = new SameThreadTaskExecutor();

    @Test
    void successHandlerReceivesTheResult() {
        AtomicReference<Integer> result = new AtomicReference<>();
        executor.execute(BackgroundTask.of("add", progress -> 2 + 3).onSuccess(result::set));
        assertThat(result).hasValue(5);
    }

    @Test
    void failureGoesToTheFailureHandlerAndNotTheSuccessHandler() {
        List<String> calls = new ArrayList<>();
        executor.execute(BackgroundTask.<Integer>of("fail", progress -> {
                    throw new IllegalStateException("disk gone");
                })
                .onSuccess(v -> calls.add("success"))
                .onFailure(e -> calls.add("failure: " + e.getMessage())));
        assertThat(calls).containsExactly("failure: disk gone");
        assertThat(executor.progress().isRunning()).isFalse();
    }

    @Test
    void progressIsVisibleWhileTheWorkRunsAndResetAfterwards() {
        List<String> seen = new ArrayList<>();
        executor.execute(BackgroundTask.of("Importing", progress -> {
            seen.add(executor.progress().isRunning() + " " + executor.progress().getMessage());
            progress.update("Reading a.jsonl", 0.5);
            seen.add(executor.progress().getMessage() + " " + executor.progress().getFraction());
            return null;
        }));
        assertThat(seen).containsExactly("true Importing", "Reading a.jsonl 0.5");
        assertThat(executor.progress().isRunning()).isFalse();
        assertThat(executor.progress().getMessage()).isEmpty();
    }

    @Test
    void unknownAmountOfWorkShowsAsIndeterminate() {
        List<Double> fractions = new ArrayList<>();
        executor.execute(BackgroundTask.of("scan", progress -> {
            progress.update("Scanning", Double.NaN);
            fractions.add(executor.progress().getFraction());
            progress.update(null, 7);
            fractions.add(executor.progress().getFraction());
            return null;
        }));
        assertThat(fractions).containsExactly(-1.0, 1.0);
    }
}
