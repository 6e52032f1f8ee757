package org.trailmark.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.model.ConsentPurpose;
import org.trailmark.model.ReviewStatus;
import org.trailmark.model.Screen;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionLogBuilder;
import org.trailmark.model.Task;
import org.trailmark.model.TaskOutcome;
import org.trailmark.review.ReviewService;
import org.trailmark.store.Workspace;

class CrossSessionTitleTest {
    @TempDir
    Path dir;

    @Test
    void aTitleMaskedInALaterSessionIsHiddenInAnEarlierOneToo() throws IOException {
        try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
            // "a-plain" is exported first and shows the title with no flag on it
            addPlainSessionShowing(ws, "a-plain", "subj-zed", ExportFixtures.FLAGGED_TITLE);
            ExportFixtures.addApprovedSession(ws, "b-flagged", "subj-yan");
            ExportOptions options = ExportOptions.defaults("test").withSeed(3)
                    .withFormats(EnumSet.allOf(ExportFormat.class));

            ExportResult result = new Exporter(ws, options).run(dir.resolve("out"));

            assertThat(result.problems()).isEmpty();
            assertThat(allText(dir.resolve("out"))).doesNotContain(ExportFixtures.FLAGGED_TITLE);
            assertThat(ExportVerifier.verifyFolder(ws, dir.resolve("out"))).isEmpty();
        }
    }

    @Test
    void progressNeverGoesBackWhenASecondPassIsNeeded() {
        try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
            addPlainSessionShowing(ws, "a-plain", "subj-zed", ExportFixtures.FLAGGED_TITLE);
            ExportFixtures.addApprovedSession(ws, "b-flagged", "subj-yan");
            List<Double> fractions = new java.util.ArrayList<>();
            List<String> steps = new java.util.ArrayList<>();
            ExportMonitor monitor = new ExportMonitor() {
                @Override
                public void progress(String step, double fraction) {
                    steps.add(step);
                    fractions.add(fraction);
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            };

            new Exporter(ws, ExportOptions.defaults("test").withSeed(3)).run(dir.resolve("out"), monitor);

            assertThat(fractions).isSorted().last().isEqualTo(1.0);
            assertThat(steps).anyMatch(s -> s.startsWith("Hiding a flagged window title in every session"));
        }
    }

    @Test
    void theSecondPassGivesTheSameBytesEveryTime() throws IOException {
        try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
            addPlainSessionShowing(ws, "a-plain", "subj-zed", ExportFixtures.FLAGGED_TITLE);
            ExportFixtures.addApprovedSession(ws, "b-flagged", "subj-yan");
            ExportOptions options = ExportOptions.defaults("test").withSeed(3)
                    .withFormats(EnumSet.allOf(ExportFormat.class));

            new Exporter(ws, options).run(dir.resolve("one"));
            new Exporter(ws, options).run(dir.resolve("two"));

            assertThat(allText(dir.resolve("one"))).isEqualTo(allText(dir.resolve("two")));
        }
    }

    private static void addPlainSessionShowing(Workspace ws, String id, String subject, String title) {
        SessionInfo info = new SessionInfo(id, subject, "native", OffsetDateTime.parse("2026-03-01T09:00:00Z"),
                List.of(new Screen(0, 0, 0, 1920, 1080, 1.0)), "test", "1", null, null);
        SessionLogBuilder b = new SessionLogBuilder();
        b.focus(0, "Payroll", title);
        b.pointerMove(500, 10, 10);
        b.key(1_000, true, "KeyA", "a");
        b.key(1_050, false, "KeyA", null);
        b.pointerMove(5_000, 20, 20);
        ws.sessions().add(info, b.build(), null, "fixture");
        ws.consent().grant(subject, ConsentPurpose.TRAINING, "policy", "1", "tester", "cli");
        ReviewService review = new ReviewService(ws, "rita");
        review.addTask(Task.draft(id, 0, 5_000, "Open the payroll", null, TaskOutcome.SUCCESS));
        review.setReviewStatus(id, ReviewStatus.APPROVED, null);
    }

    private static String allText(Path root) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                all.append(root.relativize(f)).append('\n')
                        .append(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }
}
