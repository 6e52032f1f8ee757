package org.trailmark.ui.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.generate.GeneratedSession;
import org.trailmark.generate.PlantedSecret;
import org.trailmark.generate.SecretKind;
import org.trailmark.generate.SessionGenerator;
import org.trailmark.model.EventKind;
import org.trailmark.model.FieldRole;
import org.trailmark.replay.GroupText;
import org.trailmark.replay.KeyStroke;
import org.trailmark.replay.TextRun;
import org.trailmark.replay.playback.JumpKind;
import org.trailmark.store.Workspace;
import org.trailmark.ui.common.SameThreadTaskExecutor;

/** The player's view-model driven without a stage, on a generated sample session. */
class PlayerViewModelTest {
    private static final long MS = 1_000_000L;
    private static GeneratedSession webmail;
    private static PlantedSecret password;

    @BeforeAll
    static void generate() {
        webmail = SessionGenerator.samples(SessionGenerator.DEFAULT_SEED).get(0);
        password = webmail.planted().stream().filter(p -> p.kind() == SecretKind.PASSWORD).findFirst().orElseThrow();
    }

    private static PlayerViewModel opened() {
        PlayerViewModel model = new PlayerViewModel(new SameThreadTaskExecutor());
        model.open(webmail.info(), webmail.log());
        return model;
    }

    @Test
    void beforeAnySessionTheEmptyStateAsksToPickOne() {
        PlayerViewModel model = new PlayerViewModel(new SameThreadTaskExecutor());
        assertThat(model.messageProperty().get()).isEqualTo("Pick a session in the list to replay it");
        assertThat(model.sessionProperty().get()).isNull();
        model.play();
        model.seek(1000);
        assertThat(model.isPlaying()).isFalse();
        assertThat(model.getState()).isNull();
    }

    @Test
    void openingASessionShowsItsStartWithEveryEventInTheInspector() {
        PlayerViewModel model = opened();
        assertThat(model.sessionProperty().get()).isEqualTo(webmail.info());
        assertThat(model.messageProperty().get()).isEmpty();
        assertThat(model.getState().timeMs()).isZero();
        assertThat(model.eventsProperty().get()).hasSize(webmail.log().size());
        assertThat(model.timeline().getDurationMs()).isEqualTo(webmail.log().durationMs());
        assertThat(model.durationTextProperty().get()).isNotEmpty();
    }

    @Test
    void playAdvancesOncePerFrameByTheWallTimeThatPassed() {
        PlayerViewModel model = opened();
        model.play();
        model.frame(1_000 * MS);
        assertThat(model.getTimeMs()).isZero();
        model.frame(1_050 * MS);
        assertThat(model.getTimeMs()).isEqualTo(50);
        model.frame(1_100 * MS);
        assertThat(model.getTimeMs()).isEqualTo(100);
        assertThat(model.getState().timeMs()).isEqualTo(100);
        assertThat(model.timeline().getPlayheadMs()).isEqualTo(100);
        assertThat(model.isPlaying()).isTrue();
    }

    @Test
    void framesWhilePausedDoNothing() {
        PlayerViewModel model = opened();
        model.frame(1_000 * MS);
        model.frame(2_000 * MS);
        assertThat(model.getTimeMs()).isZero();
    }

    @Test
    void seekUpdatesTheStateTheTimelineAndTheInspectorRow() {
        PlayerViewModel model = opened();
        int t = (int) (webmail.log().durationMs() / 2);
        model.seek(t);
        assertThat(model.getState().timeMs()).isEqualTo(t);
        assertThat(model.timeline().getPlayheadMs()).isEqualTo(t);
        assertThat(model.currentEventProperty().get()).isEqualTo(webmail.log().firstIndexAtOrAfter(t + 1) - 1);
        assertThat(model.timeTextProperty().get()).isEqualTo(org.trailmark.replay.TimeRuler.playheadLabel(t));
    }

    @Test
    void movingTheTimelinePlayheadSeeksThePlayer() {
        PlayerViewModel model = opened();
        model.timeline().seek(7_000);
        assertThat(model.getTimeMs()).isEqualTo(7_000);
        assertThat(model.getState().timeMs()).isEqualTo(7_000);
    }

    @Test
    void pickingAnInspectorRowSeeksToThatEvent() {
        PlayerViewModel model = opened();
        int row = webmail.log().size() / 3;
        model.seekToEvent(row);
        assertThat(model.currentEventProperty().get()).isEqualTo(row);
        assertThat(model.getTimeMs()).isEqualTo(webmail.log().time(row));
    }

    @Test
    void textTypedIntoThePasswordFieldIsMaskedEverywhereThePlayerShowsIt() {
        PlayerViewModel model = opened();
        model.seek(password.endMs() + 1);

        GroupText field = model.typedTextProperty().get().stream()
                .filter(g -> g.role() == FieldRole.PASSWORD).findFirst().orElseThrow();
        assertThat(field.runs()).isNotEmpty().allMatch(run -> run.kind() != TextRun.Kind.TEXT);
        assertThat(field.display()).doesNotContain(password.value()).contains("\u2022\u2022\u2022");
        assertThat(model.typedTextProperty().get()).map(GroupText::display)
                .noneMatch(text -> text.contains(password.value()));

        List<KeyStroke> hud = model.recentKeysProperty().get();
        assertThat(hud).isNotEmpty();
        assertThat(hud).filteredOn(KeyStroke::secret).isNotEmpty()
                .allMatch(k -> !k.label().chars().anyMatch(Character::isLetterOrDigit));

        var log = webmail.log();
        var rows = model.eventsProperty().get();
        int maskedKeys = 0;
        for (int i = log.firstIndexAtOrAfter(password.startMs()); i < log.size() && log.time(i) <= password.endMs();
             i++) {
            if (log.kind(i) == EventKind.KEY_DOWN && log.b(i) != org.trailmark.model.SessionLog.NO_STRING) {
                assertThat(rows.get(i).details()).isEqualTo("\u2022  \u2022");
                maskedKeys++;
            }
            if (log.kind(i).isKey() && log.string(log.a(i)).startsWith("Key")) {
                assertThat(rows.get(i).details()).as("key event %d", i).doesNotContain("Key");
            }
        }
        assertThat(maskedKeys).isGreaterThanOrEqualTo(password.value().length());
    }

    @Test
    void theTypedTextListsTheMostRecentlyEditedFieldFirst() {
        PlayerViewModel model = opened();
        model.seek(password.endMs() + 1);
        List<GroupText> groups = model.typedTextProperty().get();
        assertThat(groups).hasSizeLessThanOrEqualTo(PlayerViewModel.TEXT_GROUPS);
        assertThat(groups.get(0).role()).isEqualTo(FieldRole.PASSWORD);
        for (int i = 1; i < groups.size(); i++) {
            assertThat(groups.get(i).lastEditEvent()).isLessThanOrEqualTo(groups.get(i - 1).lastEditEvent());
        }
    }

    @Test
    void jklWorkLikeAVideoEditor() {
        PlayerViewModel model = opened();
        model.seek(10_000);
        model.playOrFaster();
        assertThat(model.isPlaying()).isTrue();
        assertThat(model.getSpeed()).isEqualTo(1);
        model.playOrFaster();
        assertThat(model.getSpeed()).isEqualTo(2);
        model.slowerOrStepBack();
        model.slowerOrStepBack();
        assertThat(model.getSpeed()).isEqualTo(0.5);
        model.pause();
        assertThat(model.isPlaying()).isFalse();
        int before = model.getTimeMs();
        model.slowerOrStepBack();
        assertThat(model.isPlaying()).isFalse();
        assertThat(model.getTimeMs()).isLessThan(before);
        assertThat(model.getSpeed()).isEqualTo(0.5);
    }

    @Test
    void jAtTheSlowestSpeedPauses() {
        PlayerViewModel model = opened();
        model.setSpeedIndex(0);
        model.play();
        model.slowerOrStepBack();
        assertThat(model.isPlaying()).isFalse();
    }

    @Test
    void jumpsGoToThePreviousAndNextEventOfTheChosenKind() {
        PlayerViewModel model = opened();
        model.jumpKindProperty().set(JumpKind.CLICK);
        assertThat(model.jumpNext()).isTrue();
        int click = model.getTimeMs();
        var log = webmail.log();
        int first = -1;
        for (int i = 0; i < log.size() && first < 0; i++) {
            if (log.kind(i) == EventKind.BUTTON_DOWN && log.time(i) > 0) {
                first = log.time(i);
            }
        }
        assertThat(click).isEqualTo(first);
        assertThat(model.getState().eventIndex()).isGreaterThanOrEqualTo(0);
        model.end();
        assertThat(model.jumpPrevious()).isTrue();
        assertThat(model.getTimeMs()).isLessThan((int) log.durationMs());
    }

    @Test
    void skipIdleAndLoopReachTheClock() {
        PlayerViewModel model = opened();
        model.skipIdleProperty().set(true);
        model.timeline().select(2_000, 3_000);
        model.loopProperty().set(true);
        assertThat(model.clock().isSkipIdle()).isTrue();
        assertThat(model.clock().isLooping()).isTrue();
        model.play();
        assertThat(model.getTimeMs()).isEqualTo(2_000);
        long now = 0;
        for (int i = 0; i < 100; i++) {
            model.frame(now += 16 * MS);
            assertThat(model.getTimeMs()).isBetween(2_000, 3_000);
        }
        assertThat(model.isPlaying()).isTrue();
    }

    @Test
    void playingToTheEndStops() {
        PlayerViewModel model = opened();
        model.setSpeedIndex(8);
        model.seek(webmail.log().durationMs() - 100);
        model.play();
        long now = 0;
        for (int i = 0; i < 5; i++) {
            model.frame(now += 16 * MS);
        }
        assertThat(model.isPlaying()).isFalse();
        assertThat(model.getTimeMs()).isEqualTo((int) webmail.log().durationMs());
    }

    @Test
    void loadingFromTheWorkspaceOpensTheStoredSession(@TempDir Path dir) {
        try (Workspace workspace = Workspace.open(dir.resolve("w.trailmark"))) {
            workspace.sessions().add(webmail.info(), webmail.log(), "generated", "test");
            PlayerViewModel model = new PlayerViewModel(new SameThreadTaskExecutor());
            model.load(workspace, webmail.info().id());
            assertThat(model.sessionProperty().get().id()).isEqualTo(webmail.info().id());
            assertThat(model.eventsProperty().get()).hasSize(webmail.log().size());
            assertThat(model.loadingProperty().get()).isFalse();

            model.load(workspace, "no-such-session");
            assertThat(model.sessionProperty().get()).isNull();
            assertThat(model.messageProperty().get()).startsWith("This session could not be opened.");
        }
    }

    @Test
    void closingReturnsToTheEmptyState() {
        PlayerViewModel model = opened();
        model.play();
        model.close();
        assertThat(model.sessionProperty().get()).isNull();
        assertThat(model.isPlaying()).isFalse();
        assertThat(model.eventsProperty().get()).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo(PlayerViewModel.EMPTY_MESSAGE);
    }
}
