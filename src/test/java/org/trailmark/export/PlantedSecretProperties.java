package org.trailmark.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.trailmark.model.ConsentPurpose;
import org.trailmark.model.FieldRole;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.ReviewStatus;
import org.trailmark.model.Screen;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionLogBuilder;
import org.trailmark.model.Task;
import org.trailmark.model.TaskOutcome;
import org.trailmark.review.ReviewService;
import org.trailmark.store.Workspace;

/** Whatever the session around it, a planted value never reaches an exported file. */
class PlantedSecretProperties {
    enum Planting { PASSWORD_FIELD, FLAGGED_TYPING, FLAGGED_WINDOW_TITLE }

    @Property(tries = 20)
    void aPlantedSecretNeverSurvivesTheExport(@ForAll("secrets") String secret, @ForAll Planting planting,
                                              @ForAll("plainText") String before, @ForAll("plainText") String after)
            throws IOException {
        Path dir = Files.createTempDirectory("planted");
        try {
            ExportResult result;
            try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
                plant(ws, secret, planting, before, after);
                result = new Exporter(ws, ExportOptions.defaults("test").withSeed(5)
                        .withFormats(java.util.EnumSet.allOf(ExportFormat.class)).withPyautogui(true))
                        .run(dir.resolve("out"));
            }
            assertThat(result.problems()).isEmpty();
            String all = allText(dir.resolve("out"));
            assertThat(all).contains(before.strip()).doesNotContain(secret);
            assertThat(all.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "")).doesNotContain(secret);
        } finally {
            deleteTree(dir);
        }
    }

    @Provide
    Arbitrary<String> secrets() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').ofMinLength(7).ofMaxLength(13)
                .map(s -> s + "9");
    }

    /** Letters a–f and spaces only, so it can never contain a secret (which holds a digit). */
    @Provide
    Arbitrary<String> plainText() {
        return Arbitraries.strings().withChars("abcdef ").ofMinLength(6).ofMaxLength(20).map(s -> "x" + s + "x ");
    }

    private static void plant(Workspace ws, String secret, Planting planting, String before, String after) {
        SessionLogBuilder b = new SessionLogBuilder();
        b.focus(0, "Editor", "Notes");
        b.field(10, FieldRole.TEXT, "Body");
        int t = type(b, 100, before);
        int spanStart = t + 500;
        if (planting == Planting.PASSWORD_FIELD) {
            b.field(spanStart, FieldRole.PASSWORD, "Password");
        } else if (planting == Planting.FLAGGED_WINDOW_TITLE) {
            b.focus(spanStart, "Browser", secret);
        }
        t = planting == Planting.FLAGGED_WINDOW_TITLE ? spanStart + 200 : type(b, spanStart + 100, secret);
        int spanEnd = t + 50;
        b.focus(t + 300, "Editor", "Notes");
        b.field(t + 400, FieldRole.TEXT, "Body");
        t = type(b, t + 1_000, after);
        b.pointerMove(t + 1_000, 5, 5);
        SessionInfo info = new SessionInfo("s", "subject", "native", OffsetDateTime.parse("2026-01-01T00:00:00Z"),
                List.of(new Screen(0, 0, 0, 1280, 800, 1.0)), "test", "1", null, null);
        ws.sessions().add(info, b.build(), null, "fixture");
        ws.consent().grant("subject", ConsentPurpose.TRAINING, "p", "1", "tester", "cli");
        ReviewService review = new ReviewService(ws, "rita");
        if (planting != Planting.PASSWORD_FIELD) {
            review.addFlag(Flag.manual("s", spanStart, spanEnd, FlagCategory.values()[0], null));
        }
        review.addTask(Task.draft("s", 0, t + 1_000, "Take notes", null, TaskOutcome.SUCCESS));
        review.setReviewStatus("s", ReviewStatus.APPROVED, null);
    }

    private static int type(SessionLogBuilder b, int t, String text) {
        for (char ch : text.toCharArray()) {
            String code = Character.isDigit(ch) ? "Digit" + ch : ch == ' ' ? "Space" : "Key" + Character.toUpperCase(ch);
            b.key(t, true, code, String.valueOf(ch));
            b.key(t + 30, false, code, null);
            t += 90;
        }
        return t;
    }

    private static String allText(Path root) throws IOException {
        StringBuilder s = new StringBuilder();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                s.append(Files.readString(f));
            }
        }
        return s.toString();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
