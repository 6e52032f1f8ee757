package org.trailmark.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The studio under a real window manager (openbox on a 1280×800 Xvfb screen, JavaFX on GTK rather
 * than the headless Monocle the other tests use), where windows used to open at 200×200, partly
 * off the screen, or wider than it. A child JVM ({@link WindowGeometryDriver}) starts the studio
 * with remembered bounds off the screen and larger than it, then opens the start screen, the
 * studio, and every dialog in turn; this test checks each window's frame as X reports it (client
 * area from xwininfo, frame from the window manager's _NET_FRAME_EXTENTS) and as JavaFX reports
 * it, and that every button shown lies inside its window and the screen.
 *
 * <p>Without Xvfb and openbox the test is skipped, except on CI (CI=true), where it must run.
 * Setting {@code -Dtrailmark.wm.screenshots=DIR} also saves a screenshot of each window there.
 */
class WindowManagerGeometryTest {
    private static final int SCREEN_WIDTH = 1280;
    private static final int SCREEN_HEIGHT = 800;
    private static final String SUBJECT = "subj-ana";
    private static final List<String> WINDOWS = List.of("start-screen", "main", "export-wizard", "import-report",
            "shortcuts", "audit-log", "records-of-processing", "label-set", "open-team-workspace", "team-main", "my-data", "withdraw", "erase", "erased");

    @TempDir
    Path dir;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopEverythingStarted() throws InterruptedException {
        for (int i = started.size() - 1; i >= 0; i--) {
            Process process = started.get(i);
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void everyWindowOpensWhollyOnTheScreenAtASensibleSize() throws Exception {
        requireTools("Xvfb", "openbox", "xwininfo", "xprop", "xdotool");
        String display = startDisplay();
        startWindowManager(display);

        Map<String, Seen> seen = drive(display);

        assertThat(seen.keySet()).containsExactlyElementsOf(WINDOWS);
        List<String> problems = new ArrayList<>();
        seen.forEach((key, window) -> problems.addAll(window.problems(key)));
        assertThat(problems).isEmpty();
        Seen main = seen.get("main");
        assertThat(main.fx.width()).as("the remembered 2200 px clamped to the screen").isEqualTo(SCREEN_WIDTH);
        assertThat(main.fx.height()).isEqualTo(SCREEN_HEIGHT);
    }

    /** A window's frame as JavaFX saw it and as X did, and its buttons. */
    private static final class Seen {
        Box fx;
        Box content;
        Box x;
        String title;
        final Map<String, Box> buttons = new LinkedHashMap<>();

        List<String> problems(String key) {
            List<String> problems = new ArrayList<>();
            Box screen = new Box(0, 0, SCREEN_WIDTH, SCREEN_HEIGHT);
            for (Box frame : List.of(fx, x)) {
                if (!screen.holds(frame)) {
                    problems.add(key + ": frame " + frame + " is not wholly on the screen");
                }
                if (frame.width() < 360 || frame.height() < 150) {
                    problems.add(key + ": frame " + frame + " is smaller than a window can be used at");
                }
            }
            if (Math.abs(fx.x() - x.x()) > 2 || Math.abs(fx.y() - x.y()) > 2 || Math.abs(fx.width() - x.width()) > 2
                    || Math.abs(fx.height() - x.height()) > 2) {
                problems.add(key + ": JavaFX sees " + fx + " but X shows " + x);
            }
            buttons.forEach((text, button) -> {
                if (!content.holds(button)) {
                    problems.add(key + ": button \"" + text + "\" at " + button + " is outside the window " + content);
                }
            });
            return problems;
        }
    }

    private record Box(double x, double y, double width, double height) {
        boolean holds(Box other) {
            return other.x() >= x - 0.5 && other.y() >= y - 0.5 && other.x() + other.width() <= x + width + 0.5
                    && other.y() + other.height() <= y + height + 0.5;
        }

        @Override
        public String toString() {
            return String.format("%.0fx%.0f+%.0f+%.0f", width, height, x, y);
        }
    }

    private Map<String, Seen> drive(String display) throws Exception {
        Path workspace = Files.createDirectories(dir.resolve("studio")).resolve("windows.trailmark");
        Path preferences = Files.createDirectories(dir.resolve("preferences"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder child = new ProcessBuilder(java, "-Xmx768m",
                "-Djava.util.prefs.userRoot=" + preferences, "-Dprism.order=sw",
                "-cp", System.getProperty("java.class.path"),
                WindowGeometryDriver.class.getName(), workspace.toString(), SUBJECT);
        child.environment().put("DISPLAY", display);
        child.directory(Path.of(System.getProperty("user.dir")).toFile());
        child.redirectErrorStream(true);
        Process studio = start(child);
        Map<String, Seen> seen = new LinkedHashMap<>();
        List<String> output = new ArrayList<>();
        String shots = System.getProperty("trailmark.wm.screenshots");
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(studio.getInputStream(),
                StandardCharsets.UTF_8)); Writer answers = new java.io.OutputStreamWriter(studio.getOutputStream(),
                StandardCharsets.UTF_8)) {
            for (String line; (line = lines.readLine()) != null; ) {
                output.add(line);
                String[] part = line.split(" ", 11);
                if (part[0].equals("WINDOW")) {
                    Seen window = seen.computeIfAbsent(part[1], k -> new Seen());
                    window.fx = box(part, 2);
                    window.content = box(part, 6);
                    window.title = part.length > 10 ? part[10] : "";
                } else if (part[0].equals("BUTTON")) {
                    String[] button = line.split(" ", 7);
                    seen.get(button[1]).buttons.put(button.length > 6 ? button[6] : "?", new Box(
                            Double.parseDouble(button[2]), Double.parseDouble(button[3]),
                            Double.parseDouble(button[4]) - Double.parseDouble(button[2]),
                            Double.parseDouble(button[5]) - Double.parseDouble(button[3])));
                } else if (part[0].equals("END")) {
                    Seen window = seen.get(part[1]);
                    window.x = frameInX(display, window.title);
                    if (shots != null) {
                        Files.createDirectories(Path.of(shots));
                        run(display, "import", "-window", "root", Path.of(shots, part[1] + ".png").toString());
                    }
                    answers.write("next\n");
                    answers.flush();
                } else if (part[0].equals("SHOT")) {
                    // a menu is no window of its own to measure: only its picture, when asked for
                    if (shots != null) {
                        Files.createDirectories(Path.of(shots));
                        run(display, "import", "-window", "root", Path.of(shots, part[1] + ".png").toString());
                    }
                    answers.write("next\n");
                    answers.flush();
                } else if (part[0].equals("FAILED")) {
                    fail("the studio driver failed: " + String.join("\n", output));
                }
            }
        }
        assertThat(studio.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(seen.keySet()).as(String.join("\n", output)).containsAll(WINDOWS);
        return seen;
    }

    private static Box box(String[] part, int from) {
        return new Box(Double.parseDouble(part[from]), Double.parseDouble(part[from + 1]),
                Double.parseDouble(part[from + 2]), Double.parseDouble(part[from + 3]));
    }

    /** The outer frame X shows for the window with this title: its client area plus the manager's frame. */
    private Box frameInX(String display, String title) throws Exception {
        String ids = run(display, "xdotool", "search", "--onlyvisible", "--name", "^" + escape(title) + "$").strip();
        assertThat(ids).as("an X window titled " + title).isNotEmpty();
        String id = ids.lines().reduce((first, last) -> last).orElseThrow();
        String info = run(display, "xwininfo", "-id", id);
        double x = number(info, "Absolute upper-left X:");
        double y = number(info, "Absolute upper-left Y:");
        double width = number(info, "Width:");
        double height = number(info, "Height:");
        // "_NET_FRAME_EXTENTS(CARDINAL) = left, right, top, bottom"
        String extents = run(display, "xprop", "-id", id, "_NET_FRAME_EXTENTS");
        String[] e = extents.substring(extents.indexOf('=') + 1).split(",");
        double left = Double.parseDouble(e[0].strip());
        double right = Double.parseDouble(e[1].strip());
        double top = Double.parseDouble(e[2].strip());
        double bottom = Double.parseDouble(e[3].strip());
        return new Box(x - left, y - top, width + left + right, height + top + bottom);
    }

    private static String escape(String title) {
        return title.replaceAll("([\\\\.^$|?*+()\\[\\]{}])", "\\\\$1");
    }

    private static double number(String info, String label) {
        return info.lines().map(String::strip).filter(l -> l.startsWith(label))
                .map(l -> Double.parseDouble(l.substring(label.length()).strip())).findFirst().orElseThrow();
    }

    /** Skipped where the tools are missing, except on CI, which must run this test. */
    private static void requireTools(String... tools) {
        List<String> missing = new ArrayList<>();
        for (String tool : tools) {
            if (!onPath(tool)) {
                missing.add(tool);
            }
        }
        if (!missing.isEmpty() && "true".equals(System.getenv("CI"))) {
            fail("CI must run the window manager test, but these are missing: " + missing);
        }
        Assumptions.assumeTrue(missing.isEmpty(), "no " + missing + ": install xvfb openbox xdotool x11-utils");
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, tool)));
    }

    /** Xvfb on the first display number no X server holds (its lock file absent). */
    private String startDisplay() throws Exception {
        for (int number = 21; number < 100; number++) {
            if (Files.exists(Path.of("/tmp/.X" + number + "-lock"))
                    || Files.exists(Path.of("/tmp/.X11-unix/X" + number))) {
                continue;
            }
            Process xvfb = start(new ProcessBuilder("Xvfb", ":" + number, "-screen", "0",
                    SCREEN_WIDTH + "x" + SCREEN_HEIGHT + "x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("xvfb.log").toFile()));
            Path socket = Path.of("/tmp/.X11-unix/X" + number);
            for (int wait = 0; wait < 100 && xvfb.isAlive() && !Files.exists(socket); wait++) {
                TimeUnit.MILLISECONDS.sleep(100);
            }
            if (xvfb.isAlive() && Files.exists(socket)) {
                return ":" + number;
            }
        }
        throw new IllegalStateException("no free X display number");
    }

    /** openbox, once it has told X it manages the screen. */
    private void startWindowManager(String display) throws Exception {
        ProcessBuilder openbox = new ProcessBuilder("openbox").redirectErrorStream(true)
                .redirectOutput(dir.resolve("openbox.log").toFile());
        openbox.environment().put("DISPLAY", display);
        Process manager = start(openbox);
        for (int wait = 0; wait < 100 && manager.isAlive(); wait++) {
            if (run(display, "xprop", "-root", "_NET_SUPPORTING_WM_CHECK").contains("window id")) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new IllegalStateException("openbox did not start on " + display);
    }

    private Process start(ProcessBuilder builder) throws IOException {
        Process process = builder.start();
        started.add(process);
        return process;
    }

    private static String run(String display, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DISPLAY", display);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(20, TimeUnit.SECONDS);
        return output;
    }
}
