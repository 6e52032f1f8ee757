package org.trailmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.generate.GeneratedSession;
import org.trailmark.generate.SessionGenerator;
import org.trailmark.io.ducktrack.DuckTrackFolderWriter;

/**
 * The {@code trailmark} launcher (src/main/launcher/trailmark) run as a user runs it, beside a jar
 * laid out as {@code mvn package} lays it out (this build's classes, its libraries in {@code lib/}):
 * it makes the class-data sharing archive, the JVM then loads Trailmark's classes from it, and a
 * damaged or missing archive never stops a command.
 */
class LauncherScriptTest {
    private static final long PATIENCE_S = 300;
    private static final String IMPORTED = "ducktrack +[0-9,]+ events  imported";

    @TempDir
    static Path dir;
    static Path launcher;
    static Path cache;
    static Path recording;

    @BeforeAll
    static void layOut() throws IOException {
        Path app = Files.createDirectories(dir.resolve("app"));
        launcher = app.resolve("trailmark");
        Files.copy(Path.of("src/main/launcher/trailmark"), launcher);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        writeJar(app);
        cache = dir.resolve("cache");
        recording = dir.resolve("recording");
        GeneratedSession session = SessionGenerator.large(3, 2_000);
        DuckTrackFolderWriter.write(session.info(), session.log(), recording);
    }

    /** The links into the Maven repository go first, so the temporary folder's clean-up has none to warn about. */
    @AfterAll
    static void removeLibraryLinks() throws IOException {
        try (Stream<Path> links = Files.list(dir.resolve("app/lib"))) {
            for (Path link : (Iterable<Path>) links::iterator) {
                Files.delete(link);
            }
        }
    }

    @Test
    void makesAnOwnerOnlyArchiveThatTheJvmThenLoadsTrailmarksClassesFrom() throws Exception {
        deleteArchives();
        Run first = run("first", Map.of("TRAILMARK_CDS", "now"), "import", recording.toString(), "--workspace",
                dir.resolve("w1.tmw").toString());
        assertThat(first.code).isZero();
        assertThat(first.stdout).containsPattern(IMPORTED);
        Path archive = onlyArchive();
        assertThat(Files.getPosixFilePermissions(archive)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(archive.getParent()))
                .isEqualTo(PosixFilePermissions.fromString("rwx------"));

        Path classLog = dir.resolve("classes.log");
        Run second = run("second", Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + classLog),
                "import", recording.toString(), "--workspace", dir.resolve("w2.tmw").toString());
        assertThat(second.code).isZero();
        assertThat(Files.readString(classLog)).containsPattern(
                "org\\.trailmark\\.cli\\.ImportCommand source: shared objects file")
                .containsPattern("org\\.trailmark\\.io\\.ducktrack\\.FlatJsonLine source: shared objects file");
    }

    @Test
    void aDamagedArchiveChangesNothingButTheTime() throws Exception {
        deleteArchives();
        run("make", Map.of("TRAILMARK_CDS", "now"), "--version");
        Path archive = onlyArchive();
        Files.write(archive, "not an archive at all".repeat(1000).getBytes(StandardCharsets.US_ASCII));
        Run damaged = run("damaged", Map.of(), "import", recording.toString(), "--workspace",
                dir.resolve("w3.tmw").toString());
        assertThat(damaged.code).isZero();
        assertThat(damaged.stdout).containsPattern(IMPORTED).contains("Sensitive-data scan");
        assertThat(damaged.stderr).doesNotContainIgnoringCase("shared archive").doesNotContainIgnoringCase("error");
    }

    @Test
    void withoutAnArchiveTheCommandRunsAndTheArchiveIsMadeAfterItInTheBackground() throws Exception {
        deleteArchives();
        Run without = run("without", Map.of(), "import", recording.toString(), "--workspace",
                dir.resolve("w4.tmw").toString());
        assertThat(without.code).isZero();
        assertThat(without.stdout).containsPattern(IMPORTED);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_S);
        while (archives().isEmpty() || makersRunning()) {
            assertThat(System.nanoTime()).as("the archive made in the background").isLessThan(deadline);
            Thread.sleep(200);
        }
        assertThat(onlyArchive()).isRegularFile();
    }

    @Test
    void offRunsWithoutAnArchiveAndMakesNone() throws Exception {
        deleteArchives();
        Run off = run("off", Map.of("TRAILMARK_CDS", "off"), "sessions", "--workspace",
                dir.resolve("none.tmw").toString());
        assertThat(off.code).isEqualTo(2);
        assertThat(off.stderr).contains("no workspace at");
        Thread.sleep(500);
        assertThat(archives()).isEmpty();
        assertThat(makersRunning()).isFalse();
    }

    @Test
    void theYoungGenerationIsBoundedOnTheCommandLineWhereTheCollectorHonoursIt() throws Exception {
        Run flags = run("flags", Map.of("TRAILMARK_CDS", "off", "JAVA_TOOL_OPTIONS", "-XX:+PrintFlagsFinal"),
                "--version");
        assertThat(flags.code).isZero();
        assertThat(flags.stdout).containsPattern("\\bMaxNewSize += 33554432 +\\{product\\} \\{command line\\}");
    }

    private record Run(int code, String stdout, String stderr) {
    }

    private static Run run(String name, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve(name + ".out");
        Path err = dir.resolve(name + ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        builder.environment().remove("TRAILMARK_CDS");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().putAll(env);
        Process process = builder.start();
        assertThat(process.waitFor(PATIENCE_S, TimeUnit.SECONDS)).as("the launcher finished").isTrue();
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static synchronized List<Path> archives() throws IOException {
        Path folder = cache.resolve("trailmark");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jsa")).toList();
        }
    }

    private static Path onlyArchive() throws IOException {
        List<Path> all = archives();
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private static boolean makersRunning() throws IOException {
        Path folder = cache.resolve("trailmark");
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".making"));
        }
    }

    private static void deleteArchives() throws IOException {
        for (Path archive : archives()) {
            Files.delete(archive);
        }
    }

    /** trailmark.jar from this build's classes, its libraries linked into lib/ and named by its manifest. */
    private static void writeJar(Path app) throws IOException {
        Path lib = Files.createDirectories(app.resolve("lib"));
        Path classes = null;
        List<String> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (entry.endsWith(".jar") && Files.isRegularFile(path) && !entry.contains("surefire")) {
                Path link = lib.resolve(classPath.size() + "-" + path.getFileName());
                Files.createSymbolicLink(link, path.toAbsolutePath());
                classPath.add("lib/" + link.getFileName());
            } else if (Files.isRegularFile(path.resolve("org/trailmark/Launcher.class"))) {
                classes = path;
            }
        }
        assertThat(classes).as("this build's classes on the class path").isNotNull();
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "org.trailmark.Launcher");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
        Path root = classes;
        try (OutputStream file = Files.newOutputStream(app.resolve("trailmark.jar"));
             JarOutputStream jar = new JarOutputStream(file, manifest);
             Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all.filter(Files::isRegularFile).sorted()::iterator) {
                jar.putNextEntry(new JarEntry(root.relativize(p).toString().replace(File.separatorChar, '/')));
                Files.copy(p, jar);
                jar.closeEntry();
            }
        }
    }
}
