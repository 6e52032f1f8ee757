package org.trailmark.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trailmark.model.EventKind;
import org.trailmark.model.FieldRole;
import org.trailmark.model.PointerButton;
import org.trailmark.model.Screen;
import org.trailmark.model.SessionLog;

class SessionGeneratorTest {
    private static List<GeneratedSession> samples;

    @BeforeAll
    static void generate() {
        samples = SessionGenerator.samples(SessionGenerator.DEFAULT_SEED);
    }

    @Test
    void sameSeedGivesIdenticalSessions() {
        List<GeneratedSession> again = SessionGenerator.samples(SessionGenerator.DEFAULT_SEED);
        assertThat(again).hasSameSizeAs(samples);
        for (int i = 0; i < samples.size(); i++) {
            assertThat(again.get(i).info()).isEqualTo(samples.get(i).info());
            assertThat(again.get(i).planted()).isEqualTo(samples.get(i).planted());
            assertSameColumns(again.get(i).log(), samples.get(i).log());
        }
    }

    @Test
    void differentSeedsGiveDifferentSessions() {
        List<GeneratedSession> other = SessionGenerator.samples(SessionGenerator.DEFAULT_SEED + 1);
        for (int i = 0; i < samples.size(); i++) {
            SessionLog a = samples.get(i).log();
            SessionLog b = other.get(i).log();
            assertThat(other.get(i).info().id()).isNotEqualTo(samples.get(i).info().id());
            assertThat(a.size() == b.size() && java.util.Arrays.equals(a.timeColumn(0, a.size()), b.timeColumn(0, b.size()))
                    && java.util.Arrays.equals(a.xColumn(0, a.size()), b.xColumn(0, b.size())))
                    .as("session %d differs between seeds", i).isFalse();
        }
    }

    @Test
    void timeNeverDecreasesAndStartsAtZero() {
        for (GeneratedSession s : samples) {
            SessionLog log = s.log();
            assertThat(log.time(0)).isZero();
            for (int i = 1; i < log.size(); i++) {
                assertThat(log.time(i)).as("%s event %d", s.info().id(), i).isGreaterThanOrEqualTo(log.time(i - 1));
            }
        }
    }

    @Test
    void everyPlantedSecretIsTypedWithinItsSpan() {
        for (GeneratedSession s : samples) {
            for (PlantedSecret secret : s.planted()) {
                assertThat(TypedText.between(s.log(), secret.startMs(), secret.endMs()))
                        .as("%s %s", s.info().id(), secret.kind()).contains(secret.value());
            }
        }
    }

    @Test
    void theSampleSetCoversPeopleAppsEventKindsAndSecrets() {
        Set<String> subjects = new HashSet<>();
        Set<String> apps = new LinkedHashSet<>();
        Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
        Set<FieldRole> roles = EnumSet.noneOf(FieldRole.class);
        Set<SecretKind> planted = EnumSet.noneOf(SecretKind.class);
        for (GeneratedSession s : samples) {
            subjects.add(s.info().subject());
            apps.addAll(s.log().apps());
            s.log().countsByKind().forEach((kind, count) -> {
                if (count > 0) {
                    kinds.add(kind);
                }
            });
            for (int i = 0; i < s.log().size(); i++) {
                if (s.log().kind(i) == EventKind.FIELD) {
                    roles.add(FieldRole.ofIndex(s.log().a(i)));
                }
            }
            s.planted().forEach(p -> planted.add(p.kind()));
            assertThat(s.log().size()).as(s.info().id()).isBetween(2_000, 60_000);
            assertThat(s.log().durationMs()).as(s.info().id()).isBetween(90_000L, 600_000L);
            assertThat(s.info().suggestedInstruction()).isNotBlank();
        }
        assertThat(samples).hasSizeGreaterThanOrEqualTo(6);
        assertThat(subjects).hasSizeGreaterThanOrEqualTo(3);
        assertThat(apps).hasSizeGreaterThanOrEqualTo(4);
        // clipboard events come from recorders that watch the clipboard (the screenpipe sample has them);
        // the generator's copies and pastes are the Ctrl+C / Ctrl+V keys a key logger sees
        assertThat(kinds).containsExactlyInAnyOrderElementsOf(java.util.EnumSet.complementOf(
                java.util.EnumSet.of(EventKind.CLIPBOARD)));
        assertThat(roles).contains(FieldRole.PASSWORD, FieldRole.EMAIL, FieldRole.TERMINAL, FieldRole.SEARCH,
                FieldRole.MULTILINE, FieldRole.TEXT, FieldRole.NONE);
        assertThat(planted).containsExactlyInAnyOrder(SecretKind.values());
    }

    @Test
    void oneSubjectConsentedToCaptureButNotToTraining() {
        Map<String, Boolean> training = new HashMap<>();
        for (GeneratedSession s : samples) {
            training.put(s.info().subject(), s.info().consent().purposes().contains("training"));
        }
        assertThat(training).containsValue(false).containsValue(true);
    }

    @Test
    void thePasswordIsTypedWhileAPasswordFieldHasFocus() {
        int checked = 0;
        for (GeneratedSession s : samples) {
            for (PlantedSecret secret : s.planted()) {
                if (secret.kind() != SecretKind.PASSWORD) {
                    continue;
                }
                SessionLog log = s.log();
                FieldRole role = FieldRole.NONE;
                for (int i = 0; i < log.size() && log.time(i) <= secret.endMs(); i++) {
                    if (log.kind(i) == EventKind.FIELD) {
                        role = FieldRole.ofIndex(log.a(i));
                    } else if (log.kind(i) == EventKind.KEY_DOWN && log.time(i) >= secret.startMs()) {
                        assertThat(role).isEqualTo(FieldRole.PASSWORD);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(5);
    }

    @Test
    void everyKeyAndButtonPressedIsReleasedOnceAndNothingIsHeldAtTheEnd() {
        for (GeneratedSession s : samples) {
            SessionLog log = s.log();
            Set<String> keysHeld = new HashSet<>();
            Set<Integer> buttonsHeld = new HashSet<>();
            for (int i = 0; i < log.size(); i++) {
                switch (log.kind(i)) {
                    case KEY_DOWN -> assertThat(keysHeld.add(log.string(log.a(i)))).as("%s key pressed twice at %d",
                            s.info().id(), i).isTrue();
                    case KEY_UP -> assertThat(keysHeld.remove(log.string(log.a(i)))).as("%s key released unpressed at %d",
                            s.info().id(), i).isTrue();
                    case BUTTON_DOWN -> assertThat(buttonsHeld.add(log.a(i))).isTrue();
                    case BUTTON_UP -> assertThat(buttonsHeld.remove(log.a(i))).isTrue();
                    default -> { }
                }
            }
            assertThat(keysHeld).as(s.info().id()).isEmpty();
            assertThat(buttonsHeld).as(s.info().id()).isEmpty();
        }
    }

    @Test
    void keyTextFollowsModifiers() {
        for (GeneratedSession s : samples) {
            SessionLog log = s.log();
            Set<String> held = new HashSet<>();
            for (int i = 0; i < log.size(); i++) {
                String code = log.kind(i).isKey() ? log.string(log.a(i)) : null;
                if (log.kind(i) == EventKind.KEY_UP) {
                    held.remove(code);
                    assertThat(log.b(i)).isEqualTo(SessionLog.NO_STRING);
                } else if (log.kind(i) == EventKind.KEY_DOWN) {
                    String text = log.string(log.b(i));
                    boolean ctrl = held.contains("ControlLeft") || held.contains("AltLeft");
                    boolean shift = held.contains("ShiftLeft") || held.contains("ShiftRight");
                    if (ctrl || code.startsWith("Shift") || code.startsWith("Control") || code.startsWith("Alt")
                            || code.equals("Enter") || code.equals("Backspace") || code.equals("Tab")) {
                        assertThat(text).as("%s %s at %d", s.info().id(), code, i).isNull();
                    } else if (code.startsWith("Key")) {
                        assertThat(text).hasSize(1);
                        assertThat(Character.isUpperCase(text.charAt(0))).as("case follows shift at %d", i).isEqualTo(shift);
                        assertThat(text.toUpperCase()).isEqualTo(code.substring(3));
                    }
                    held.add(code);
                }
            }
        }
    }

    @Test
    void typingHasHumanRhythmRolloverAndCorrectedTypos() {
        List<Integer> intervals = new ArrayList<>();
        int rollovers = 0;
        int backspaces = 0;
        for (GeneratedSession s : samples) {
            SessionLog log = s.log();
            int lastDown = -1;
            Set<String> held = new HashSet<>();
            for (int i = 0; i < log.size(); i++) {
                if (log.kind(i) == EventKind.KEY_DOWN) {
                    String code = log.string(log.a(i));
                    if (log.b(i) != SessionLog.NO_STRING) {
                        if (lastDown >= 0 && log.time(i) - lastDown < 1500) {
                            intervals.add(log.time(i) - lastDown);
                        }
                        if (held.stream().anyMatch(h -> !h.startsWith("Shift"))) {
                            rollovers++;
                        }
                        lastDown = log.time(i);
                    }
                    backspaces += code.equals("Backspace") ? 1 : 0;
                    held.add(code);
                } else if (log.kind(i) == EventKind.KEY_UP) {
                    held.remove(log.string(log.a(i)));
                }
            }
        }
        intervals.sort(null);
        int median = intervals.get(intervals.size() / 2);
        assertThat(median).isBetween(110, 260);
        assertThat(rollovers).isGreaterThan(20);
        assertThat(backspaces).isGreaterThan(10);
    }

    @Test
    void shortcutsAreTypedWithControlHeld() {
        Set<String> chords = new HashSet<>();
        for (GeneratedSession s : samples) {
            SessionLog log = s.log();
            Set<String> held = new HashSet<>();
            for (int i = 0; i < log.size(); i++) {
                if (log.kind(i) == EventKind.KEY_DOWN) {
                    String code = log.string(log.a(i));
                    if (held.contains("ControlLeft") && !code.startsWith("Shift")) {
                        chords.add("Ctrl+" + code);
                    }
                    if (held.contains("AltLeft")) {
                        chords.add("Alt+" + code);
                    }
                    held.add(code);
                } else if (log.kind(i) == EventKind.KEY_UP) {
                    held.remove(log.string(log.a(i)));
                }
            }
        }
        assertThat(chords).contains("Ctrl+KeyC", "Ctrl+KeyV", "Ctrl+KeyS", "Ctrl+KeyZ", "Ctrl+Tab", "Alt+Tab");
    }

    @Test
    void clicksDoubleClicksAndDragsLookHuman() {
        int drags = 0;
        int doubleClicks = 0;
        for (GeneratedSession s : samples) {
            SessionLog log = s.log();
            int downAt = -1;
            int downIndex = -1;
            int lastUp = -10_000;
            for (int i = 0; i < log.size(); i++) {
                if (log.kind(i) == EventKind.BUTTON_DOWN) {
                    if (log.time(i) - lastUp < 200) {
                        doubleClicks++;
                    }
                    downAt = log.time(i);
                    downIndex = i;
                } else if (log.kind(i) == EventKind.BUTTON_UP) {
                    int held = log.time(i) - downAt;
                    boolean moved = i - downIndex > 1;
                    if (moved) {
                        drags++;
                    } else {
                        assertThat(held).as("%s click at %d", s.info().id(), i).isBetween(60, 120);
                        assertThat(log.a(i)).isIn(PointerButton.LEFT.ordinal(), PointerButton.RIGHT.ordinal());
                    }
                    lastUp = log.time(i);
                }
            }
        }
        assertThat(drags).isGreaterThanOrEqualTo(4);
        assertThat(doubleClicks).isGreaterThanOrEqualTo(4);
    }

    @Test
    void pointerIsSampledAt125HzAndStaysOnTheScreens() {
        int steps = 0;
        int eightMs = 0;
        for (GeneratedSession s : samples) {
            SessionLog log = s.log();
            int previousMove = -1;
            for (int i = 0; i < log.size(); i++) {
                if (!log.kind(i).isPointer()) {
                    continue;
                }
                int px = log.x(i);
                int py = log.y(i);
                assertThat(s.info().screens().stream().anyMatch(sc -> contains(sc, px, py) || nearScreen(sc, px, py)))
                        .as("%s pointer at %d,%d", s.info().id(), px, py).isTrue();
                if (log.kind(i) == EventKind.POINTER_MOVE) {
                    if (previousMove >= 0 && i == previousMove + 1) {
                        steps++;
                        eightMs += log.time(i) - log.time(previousMove) == Hand.SAMPLE_MS ? 1 : 0;
                    }
                    previousMove = i;
                }
            }
        }
        assertThat((double) eightMs / steps).isGreaterThan(0.75);
    }

    @Test
    void wheelEventsComeInBurstsOfNotches() {
        for (GeneratedSession s : samples) {
            SessionLog log = s.log();
            for (int i = 0; i < log.size(); i++) {
                if (log.kind(i) == EventKind.WHEEL) {
                    assertThat(Math.abs(log.b(i))).isEqualTo(1);
                    assertThat(log.a(i)).isZero();
                }
            }
        }
    }

    private static boolean contains(Screen s, int x, int y) {
        return x >= s.x() && x < s.x() + s.width() && y >= s.y() && y < s.y() + s.height();
    }

    /** The bounding box of side-by-side screens of different heights has a strip no screen covers. */
    private static boolean nearScreen(Screen s, int x, int y) {
        return x >= s.x() && x < s.x() + s.width() && y >= s.y() && y < s.y() + s.height() + 40;
    }

    static void assertSameColumns(SessionLog a, SessionLog b) {
        int n = a.size();
        assertThat(b.size()).isEqualTo(n);
        assertThat(b.timeColumn(0, n)).isEqualTo(a.timeColumn(0, n));
        assertThat(b.kindColumn(0, n)).isEqualTo(a.kindColumn(0, n));
        assertThat(b.xColumn(0, n)).isEqualTo(a.xColumn(0, n));
        assertThat(b.yColumn(0, n)).isEqualTo(a.yColumn(0, n));
        assertThat(b.aColumn(0, n)).isEqualTo(a.aColumn(0, n));
        assertThat(b.bColumn(0, n)).isEqualTo(a.bColumn(0, n));
        assertThat(b.strings()).isEqualTo(a.strings());
    }
}
