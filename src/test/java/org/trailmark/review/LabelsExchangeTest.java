package org.trailmark.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.Label;
import org.trailmark.model.ReviewStatus;
import org.trailmark.model.SessionReview;
import org.trailmark.model.Task;
import org.trailmark.model.TaskOutcome;
import org.trailmark.store.FileModes;
import org.trailmark.store.Workspace;

class LabelsExchangeTest {
    @TempDir
    Path dir;

    private static List<Task> withoutIds(List<Task> tasks) {
        return tasks.stream().map(t -> t.withId(0)).toList();
    }

    @Test
    void theLabelsFileAndTheFolderMadeForItAreOwnerOnly() throws Exception {
        assumeTrue(FileModes.posix(dir), "POSIX modes");
        Path file = dir.resolve("handover").resolve("s-1.labels.json");
        try (Workspace a = ReviewFixtures.workspaceWith(dir.resolve("a.trailmark"), "s-1")) {
            ReviewService service = new ReviewService(a, "ann");
            service.addTask(Task.draft("s-1", 500, 4_000, "Open the payroll of Jane Roe", null, null));
            new LabelsExchange(service).write("s-1", file);
        }
        assertThat(FileModes.mode(file)).isEqualTo(FileModes.OWNER_ONLY_FILE);
        assertThat(FileModes.mode(file.getParent())).isEqualTo(FileModes.OWNER_ONLY_FOLDER);
    }

    @Test
    void aSessionsLabelsMoveToAnotherWorkspaceAndUndoAsOne() throws Exception {
        Path file = dir.resolve("s-1.labels.json");
        List<Task> original;
        try (Workspace a = ReviewFixtures.workspaceWith(dir.resolve("a.trailmark"), "s-1")) {
            ReviewService service = new ReviewService(a, "ann");
            List<Label> labels = new ArrayList<>(a.review().labels());
            labels.add(new Label("Payroll", "#aa0000", 9));
            service.editLabels(labels);
            service.addTask(Task.draft("s-1", 500, 4_000, "Open payroll", "Payroll", TaskOutcome.SUCCESS));
            service.addTask(Task.draft("s-1", 4_000, 9_000, "Export the sheet", null, null));
            service.addFlag(Flag.manual("s-1", 1_000, 2_500, FlagCategory.PASSWORD, "login"));
            service.setReviewStatus("s-1", ReviewStatus.REVIEWED, null);
            new LabelsExchange(service).write("s-1", file);
            original = a.review().tasks("s-1");
        }

        try (Workspace b = ReviewFixtures.workspaceWith(dir.resolve("b.trailmark"), "s-1")) {
            ReviewService service = new ReviewService(b, "bob");
            LabelsImport result = new LabelsExchange(service).read(file);

            assertThat(result.tasksAdded()).isEqualTo(2);
            assertThat(result.flagsAdded()).isEqualTo(1);
            assertThat(result.labelsAdded()).isEqualTo(1);
            assertThat(result.statusTaken()).isTrue();
            assertThat(result.conflicts()).isEmpty();
            assertThat(withoutIds(b.review().tasks("s-1"))).isEqualTo(withoutIds(original));
            assertThat(b.flags().ofSession("s-1")).singleElement().extracting(Flag::category).isEqualTo(FlagCategory.PASSWORD);
            SessionReview review = b.review().status("s-1");
            assertThat(review.status()).isEqualTo(ReviewStatus.REVIEWED);
            assertThat(review.reviewer()).isEqualTo("ann");
            assertThat(b.review().labels()).extracting(Label::name).contains("Payroll");

            // Reading the same file again adds nothing.
            LabelsImport again = new LabelsExchange(service).read(file);
            assertThat(again.changedAnything()).isFalse();
            assertThat(again.tasksAlreadyPresent()).isEqualTo(2);

            assertThat(service.undo()).contains("Import labels");
            assertThat(b.review().tasks("s-1")).isEmpty();
            assertThat(b.flags().ofSession("s-1")).isEmpty();
            assertThat(b.review().status("s-1").status()).isEqualTo(ReviewStatus.NEW);
            assertThat(b.review().labels()).extracting(Label::name).doesNotContain("Payroll");
        }
    }

    @Test
    void differingItemsAreReportedAsConflictsAndNothingIsOverwritten() throws Exception {
        Path file = dir.resolve("s-1.labels.json");
        try (Workspace a = ReviewFixtures.workspaceWith(dir.resolve("a.trailmark"), "s-1")) {
            ReviewService service = new ReviewService(a, "ann");
            service.addTask(Task.draft("s-1", 500, 4_000, "Theirs", null, null));
            service.setReviewStatus("s-1", ReviewStatus.APPROVED, null);
            new LabelsExchange(service).write("s-1", file);
        }
        try (Workspace b = ReviewFixtures.workspaceWith(dir.resolve("b.trailmark"), "s-1")) {
            ReviewService service = new ReviewService(b, "bob");
            Task ours = service.addTask(Task.draft("s-1", 500, 4_000, "Ours", null, null));
            service.setReviewStatus("s-1", ReviewStatus.REJECTED, "not usable");

            LabelsImport result = new LabelsExchange(service).read(file);

            assertThat(result.conflicts()).hasSize(2);
            assertThat(result.conflicts().get(0)).contains("task " + ours.id()).contains("kept this workspace's");
            assertThat(result.conflicts().get(1)).contains("rejected here and approved in the file");
            assertThat(b.review().tasks("s-1")).containsExactly(ours);
            assertThat(b.review().status("s-1").status()).isEqualTo(ReviewStatus.REJECTED);
        }
    }

    @Test
    void aLabelsFileCannotWeakenAPrivateMarkOfTheRecordedPerson() throws Exception {
        Path file = dir.resolve("s-1.labels.json");
        try (Workspace a = ReviewFixtures.workspaceWith(dir.resolve("a.trailmark"), "s-1")) {
            ReviewService service = new ReviewService(a, "ann");
            service.addFlag(Flag.manual("s-1", 1_000, 2_000, FlagCategory.PRIVATE, null));
            new LabelsExchange(service).write("s-1", file);
        }
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode root =
                (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(file.toFile());
        com.fasterxml.jackson.databind.node.ObjectNode flag =
                (com.fasterxml.jackson.databind.node.ObjectNode) root.get("flags").get(0);
        flag.put("source", "subject");
        flag.put("status", "rejected");
        mapper.writeValue(file.toFile(), root);
        try (Workspace b = ReviewFixtures.workspaceWith(dir.resolve("b.trailmark"), "s-1")) {
            LabelsImport result = new LabelsExchange(new ReviewService(b, "bob")).read(file);

            assertThat(result.conflicts()).singleElement().asString().contains("marked private by the recorded person");
            assertThat(b.flags().ofSession("s-1")).singleElement().satisfies(f -> {
                assertThat(f.source()).isEqualTo(org.trailmark.model.FlagSource.SUBJECT);
                assertThat(f.status()).isEqualTo(org.trailmark.model.FlagStatus.CONFIRMED);
                assertThat(f.masks()).isTrue();
            });
        }
    }

    @Test
    void aFileForAnUnknownSessionOrNotALabelsFileIsRefusedPlainly() throws Exception {
        Path file = dir.resolve("x.json");
        try (Workspace a = ReviewFixtures.workspaceWith(dir.resolve("a.trailmark"), "s-1")) {
            new LabelsExchange(new ReviewService(a, "ann")).write("s-1", file);
        }
        try (Workspace b = ReviewFixtures.workspaceWith(dir.resolve("b.trailmark"), "other")) {
            LabelsExchange exchange = new LabelsExchange(new ReviewService(b, "bob"));
            assertThatThrownBy(() -> exchange.read(file)).isInstanceOf(ReviewException.class)
                    .hasMessageContaining("session s-1 is not in this workspace");

            Path garbage = Files.writeString(dir.resolve("garbage.json"), "{\"format\": \"something-else\"}");
            assertThatThrownBy(() -> exchange.read(garbage)).hasMessageContaining("not a Trailmark labels file");

            Path future = Files.writeString(dir.resolve("future.json"),
                    "{\"format\": \"trailmark-labels\", \"version\": 9, \"session_id\": \"other\"}");
            assertThatThrownBy(() -> exchange.read(future)).hasMessageContaining("newer");
        }
    }
}
