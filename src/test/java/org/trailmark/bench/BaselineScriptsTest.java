package org.trailmark.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineScriptsTest {
    @TempDir
    Path dir;

    @Test
    void theScriptsShipWithTheBuild() throws Exception {
        Path scripts = BaselineScripts.extract(dir);
        assertThat(Files.readString(scripts.resolve(BaselineScripts.MAKE_R1))).contains("events.jsonl");
        assertThat(Files.readString(scripts.resolve(BaselineScripts.BASELINE_IMPORT))).contains("executemany");
    }

    @Test
    void aLauncherScriptIsResolvedToTheInterpreterSoItsStartIsNotChargedToTheBaseline() throws Exception {
        String python = BaselineScripts.findPython(null).orElse(null);
        assumeTrue(python != null, "python3 on PATH");
        Path shim = dir.resolve("python3");
        Files.writeString(shim, "#!/bin/sh\nexec " + python + " \"$@\"\n");
        Files.setPosixFilePermissions(shim, PosixFilePermissions.fromString("rwx------"));

        assertThat(BaselineScripts.findPython(shim.toString())).contains(python);
    }

    @Test
    void noInterpreterIsNoInterpreter() {
        assertThat(BaselineScripts.findPython(dir.resolve("missing-python").toString())).isEmpty();
        assertThat(BaselineScripts.findPython("no-such-python-here")).isEmpty();
    }
}
