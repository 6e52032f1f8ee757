package org.trailmark.review.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trailmark.model.Task;

class TimeSlicesTest {
    private final Categories categories = new Categories();

    @Test
    void aSliceTakesTheLabelAtItsMidpointAndTheLastSliceIsClippedToTheSession() {
        List<Task> tasks = List.of(task(0, 1_600, "A"), task(3_200, 3_500, "B"));

        int[] slices = TimeSlices.of(tasks, 3_500, 1_000, categories);

        int a = categories.ofLabel("A");
        int b = categories.ofLabel("B");
        // slice 1's midpoint 1,500 is inside A; slice 3 is [3,000, 3,500) with midpoint 3,250, inside B
        assertThat(slices).containsExactly(a, a, Categories.NO_TASK, b);
    }

    @Test
    void aTaskWithoutALabelIsItsOwnCategoryApartFromNoTask() {
        int[] slices = TimeSlices.of(List.of(task(0, 1_000, null)), 2_000, 1_000, categories);

        assertThat(slices).containsExactly(Categories.UNLABELLED, Categories.NO_TASK);
        assertThat(categories.ofLabel("no task")).isNotIn(Categories.NO_TASK, Categories.UNLABELLED);
    }

    @Test
    void whereTasksOverlapTheInnerOneWins() {
        List<Task> tasks = List.of(task(0, 3_000, "outer"), task(1_000, 2_000, "inner"));

        int[] slices = TimeSlices.of(tasks, 3_000, 1_000, categories);

        assertThat(slices[1]).isEqualTo(categories.ofLabel("inner"));
        assertThat(slices[0]).isEqualTo(categories.ofLabel("outer"));
    }

    @Test
    void anEmptySessionHasNoSlices() {
        assertThat(TimeSlices.of(List.of(), 0, 1_000, categories)).isEmpty();
        assertThat(TimeSlices.count(1, 1_000)).isEqualTo(1);
    }

    private static Task task(int start, int end, String label) {
        return Task.draft("s", start, end, "", label, null);
    }
}
