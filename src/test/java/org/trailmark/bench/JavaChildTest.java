package org.trailmark.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench starts its children as a user starts Trailmark: through the launcher when it is beside the jar. */
class JavaChildTest {
    @TempDir
    Path dir;

    @Test
    void theLauncherBesideTheJarStartsTheImportAndTheProbes() throws IOException {
        Path jar = Files.writeString(dir.resolve("trailmark.jar"), "");
        Path launcher = Files.writeString(dir.resolve("trailmark"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwx------"));
        JavaChild child = JavaChild.of(jar, "/jdk/bin/java", "ignored");

        assertThat(child.trailmark(List.of("import", "DIR"))).containsExactly(launcher.toString(), "import", "DIR");
        assertThat(child.main(ColdOpenProbe.class, List.of("fast", "W", "S"))).containsExactly("env",
                "TRAILMARK_MAIN=org.trailmark.bench.ColdOpenProbe", launcher.toString(), "fast", "W", "S");
        assertThat(child.description()).contains("launcher");
    }

    @Test
    void aJarWithoutItsLauncherIsStartedWithJavaDashJar() throws IOException {
        Path jar = Files.writeString(dir.resolve("trailmark.jar"), "");
        Files.writeString(dir.resolve("trailmark"), "not executable");
        JavaChild child = JavaChild.of(jar, "/jdk/bin/java", "ignored");

        assertThat(child.trailmark(List.of("import", "DIR")))
                .containsExactly("/jdk/bin/java", "-jar", jar.toString(), "import", "DIR");
        assertThat(child.main(ColdOpenProbe.class, List.of("naive", "D")))
                .containsExactly("/jdk/bin/java", "-cp", jar.toString(), ColdOpenProbe.class.getName(), "naive", "D");
    }

    @Test
    void classesOutsideAJarRunOnTheSameClassPath() {
        JavaChild child = JavaChild.of(dir, "/jdk/bin/java", "a:b");

        assertThat(child.trailmark(List.of("sessions")))
                .containsExactly("/jdk/bin/java", "-cp", "a:b", "org.trailmark.Launcher", "sessions");
        assertThat(child.description()).doesNotContain("launcher");
    }
}
