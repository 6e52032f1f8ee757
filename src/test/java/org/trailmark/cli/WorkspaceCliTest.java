package org.trailmark.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.io.NativeSessionWriter;
import org.trailmark.model.Screen;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionLogBuilder;
import org.trailmark.store.FileModes;

/** Only import, the studio and `workspace init` make a workspace; every other command needs one. */
class WorkspaceCliTest {
    private static final String HINT = "create one with: trailmark import FILE  or  trailmark workspace init PATH";

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    /** Every command but import and workspace init, with arguments it would otherwise accept. */
    private List<String[]> commandsThatNeedAWorkspace() throws IOException {
        Path exportDir = Files.createDirectory(dir.resolve("an-export"));
        Path labels = Files.writeString(dir.resolve("s-1.labels.json"), "{}");
        return List.of(
                new String[] {"sessions"},
                new String[] {"info", "s-1"},
                new String[] {"tasks", "s-1"},
                new String[] {"flags", "s-1"},
                new String[] {"audit"},
                new String[] {"consent", "show", "subj-a"},
                new String[] {"subject", "overview", "subj-a"},
                new String[] {"verify-export", exportDir.toString()},
                new String[] {"labels", "list"},
                new String[] {"labels", "export", "s-1", "--output", dir.resolve("out-a/l.json").toString()},
                new String[] {"subject", "export", "subj-a", "--out", dir.resolve("out-b/a.json").toString()},
                new String[] {"export", "--out", dir.resolve("out-c/dataset").toString()},
                new String[] {"scan", "--all"},
                new String[] {"task", "add", "s-1", "--from", "0", "--to", "1s", "--instruction", "x"},
                new String[] {"flag", "add", "s-1", "--from", "0", "--to", "1s", "--category", "password"},
                new String[] {"review", "s-1", "--status", "reviewed", "--reviewer", "ann"},
                new String[] {"consent", "grant", "subj-a", "--purpose", "training"},
                new String[] {"consent", "withdraw", "subj-a", "--purpose", "training"},
                new String[] {"subject", "withdraw", "subj-a"},
                new String[] {"subject", "private", "s-1", "--whole"},
                new String[] {"labels", "import", labels.toString()},
                new String[] {"erase", "--session", "s-1", "--yes"},
                new String[] {"erase", "--wipe-free-space"});
    }

    @Test
    void everyOtherCommandSaysThereIsNoWorkspaceAndCreatesNothing() throws IOException {
        List<String[]> commands = commandsThatNeedAWorkspace();
        List<String> before = entries(dir);
        for (Path workspace : List.of(dir.resolve("nowhere").resolve("ws.trailmark"), dir.resolve("ws.trailmark"))) {
            for (String[] command : commands) {
                List<String> args = new ArrayList<>(List.of(command));
                args.add("--workspace");
                args.add(workspace.toString());
                Run r = run(args.toArray(String[]::new));

                String what = String.join(" ", command);
                assertThat(r.code()).as(what).isEqualTo(2);
                assertThat(r.err()).as(what).isEqualTo("trailmark: error: no workspace at " + workspace
                        + System.lineSeparator() + HINT + System.lineSeparator());
                assertThat(r.out()).as(what).isEmpty();
                assertThat(entries(dir)).as("files after %s", what).isEqualTo(before);
            }
        }
    }

    @Test
    void anEmptyFileIsNoWorkspaceEitherAndStaysEmpty() throws IOException {
        Path empty = Files.createFile(dir.resolve("touched.trailmark"));
        Run r = run("sessions", "--workspace", empty.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("trailmark: error: no workspace at " + empty);
        assertThat(empty).isEmptyFile();
        assertThat(entries(dir)).containsExactly("touched.trailmark");
    }

    @Test
    void initCreatesAnEmptyOwnerOnlyWorkspaceThatTheOtherCommandsThenOpen() throws IOException {
        Path file = dir.resolve("new").resolve("ws.trailmark");
        Run init = run("workspace", "init", file.toString());
        assertThat(init.code()).isEqualTo(0);
        assertThat(init.out()).startsWith("Created an empty workspace at " + file);
        assertThat(file).isNotEmptyFile();
        if (FileModes.posix(dir)) {
            assertThat(FileModes.mode(file)).isEqualTo("rw-------");
            assertThat(FileModes.mode(file.getParent())).isEqualTo("rwx------");
        }

        Run list = run("sessions", "--workspace", file.toString());
        assertThat(list.code()).isEqualTo(0);
        assertThat(list.out()).startsWith("No sessions in " + file);

        Run again = run("workspace", "init", "--workspace", file.toString());
        assertThat(again.code()).isEqualTo(0);
        assertThat(again.out()).startsWith("A workspace already exists at " + file);
    }

    @Test
    void initRefusesAFileThatIsNotAWorkspaceAndLeavesItAlone() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "my notes\n");
        Run r = run("workspace", "init", notes.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("trailmark: error: workspace " + notes + " is not a Trailmark workspace"
                + System.lineSeparator());
        assertThat(notes).hasContent("my notes");

        Run folder = run("workspace", "init", dir.toString());
        assertThat(folder.code()).isEqualTo(2);
        assertThat(folder.err()).startsWith("trailmark: error: " + dir + " is a folder; name the workspace file");
    }

    @Test
    void initTakesThePathOnce() {
        Run r = run("workspace", "init", dir.resolve("a.trailmark").toString(), "--workspace",
                dir.resolve("b.trailmark").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("give the workspace once");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void importStillCreatesTheWorkspaceAndItsFolders() throws Exception {
        Path capture = capture("s-1");
        Path file = dir.resolve("fresh").resolve("ws.trailmark");
        Run r = run("import", capture.toString(), "--workspace", file.toString(), "--no-scan");
        assertThat(r.code()).as(r.err()).isEqualTo(0);
        assertThat(file).isNotEmptyFile();
        if (FileModes.posix(dir)) {
            assertThat(FileModes.mode(file)).isEqualTo("rw-------");
            assertThat(FileModes.mode(file.getParent())).isEqualTo("rwx------");
        }
    }

    /**
     * The per-user default location, in a fresh JVM whose home is a temporary folder: a listing
     * there creates nothing, and init creates the workspace where the listing looked.
     */
    @Test
    void theDefaultLocationIsNotCreatedByAListingButByInit() throws Exception {
        Path home = Files.createDirectory(dir.resolve("home"));
        Path expected = home.resolve(".local/share/trailmark/workspace.trailmark");
        assumeTrue(!System.getProperty("os.name", "").toLowerCase().startsWith("windows")
                && !System.getProperty("os.name", "").toLowerCase().startsWith("mac"), "the XDG layout");

        ProcessResult list = launch(home, "sessions");
        assertThat(list.code()).as(list.err()).isEqualTo(2);
        assertThat(list.err()).isEqualTo("trailmark: error: no workspace at " + expected + "\n" + HINT + "\n");
        assertThat(home).isEmptyDirectory();

        ProcessResult init = launch(home, "workspace", "init");
        assertThat(init.code()).as(init.err()).isEqualTo(0);
        assertThat(expected).isNotEmptyFile();
        if (FileModes.posix(dir)) {
            assertThat(FileModes.mode(expected)).isEqualTo("rw-------");
            assertThat(FileModes.mode(home.resolve(".local"))).isEqualTo("rwx------");
            assertThat(FileModes.mode(expected.getParent())).isEqualTo("rwx------");
        }
        assertThat(launch(home, "sessions").code()).isEqualTo(0);
    }

    record ProcessResult(int code, String err) {
    }

    private ProcessResult launch(Path home, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
                "-Duser.home=" + home, "-cp", System.getProperty("java.class.path"), "org.trailmark.Launcher"));
        command.addAll(List.of(args));
        Path err = dir.resolve("stderr-" + System.nanoTime() + ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(err.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().remove("TRAILMARK_WORKSPACE");
        builder.environment().remove("XDG_DATA_HOME");
        Process process = builder.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("trailmark %s finished", String.join(" ", args)).isTrue();
        String text = Files.readString(err, StandardCharsets.UTF_8);
        Files.delete(err);
        return new ProcessResult(process.exitValue(), text);
    }

    private Path capture(String id) throws IOException {
        SessionLogBuilder b = new SessionLogBuilder();
        b.focus(0, "Terminal", "bash");
        b.pointerMove(8, 10, 10).pointerMove(16, 12, 11);
        SessionInfo info = new SessionInfo(id, "subj-a", "native", OffsetDateTime.parse("2026-03-02T09:14:00+01:00"),
                List.of(new Screen(0, 0, 0, 1920, 1080, 1.0)), "test", "1", null, null);
        Path file = dir.resolve(id + ".jsonl.gz");
        NativeSessionWriter.write(info, b.build(), file);
        return file;
    }

    /** Every path under {@code root}, relative and sorted. */
    private static List<String> entries(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> !p.equals(root)).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }
}
