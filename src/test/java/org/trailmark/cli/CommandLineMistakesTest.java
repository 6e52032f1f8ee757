package org.trailmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every way of mistyping a command ends the same way: one line that names what is wrong, at most
 * one line pointing at the help, exit code 2, nothing else (no usage text, no Java names).
 */
class CommandLineMistakesTest {
    private static final String WS = "<workspace>";

    @TempDir
    Path dir;

    static Stream<Arguments> mistakes() {
        return Stream.of(
                mistake("--from", "export", "--out", "x", "--from", "abc", WS),
                mistake("--from", "export", "--out", "x", "--from", "2026-13-45", WS),
                mistake("--to", "export", "--out", "x", "--to", "2026-02-30", WS),
                mistake("--seed", "export", "--out", "x", "--seed", "abc", WS),
                mistake("--seed", "export", "--out", "x", "--seed", "99999999999999999999", WS),
                mistake("--format", "export", "--out", "x", "--format", "csv", WS),
                mistake("--outcome", "export", "--out", "x", "--outcome", "won", WS),
                mistake("--split", "export", "--out", "x", "--split", "a,b", WS),
                mistake("--out", "export", WS),
                mistake("--out", "export", WS, "--out"),
                mistake("--out", "export", "--out", "", WS),
                mistake("--workspace", "sessions", "--workspace", ""),
                mistake("--subject", "sessions", "--subject", " ", WS),
                mistake("SUBJECT", "consent", "show", "", WS),
                mistake("--from", "task", "add", "s", "--from", "-5s", "--to", "10", "--instruction", "x", WS),
                mistake("--from", "task", "add", "s", "--from", "abc", "--to", "10", "--instruction", "x", WS),
                mistake("--from", "task", "add", "s", "--from", "1", "--from", "2", "--to", "3", "--instruction", "x",
                        WS),
                mistake("--instruction", "task", "add", "s", "--from", "1", "--to", "3", WS),
                mistake("--outcome", "task", "add", "s", "--from", "1", "--to", "3", "--instruction", "x",
                        "--outcome", "won", WS),
                mistake("--to", "flag", "add", "s", "--from", "0", "--to", "00:99:00", "--category", "other", WS),
                mistake("--category", "flag", "add", "s", "--from", "0", "--to", "1", "--category", "secret", WS),
                mistake("--rect", "region", "add", "s", "--from", "0", "--to", "1", "--rect", "10,20,30",
                        "--category", "other", WS),
                mistake("--rect", "region", "add", "s", "--from", "0", "--to", "1", "--rect", "10,20,0,5",
                        "--category", "other", WS),
                mistake("--rect", "region", "add", "s", "--from", "0", "--to", "1", "--category", "other", WS),
                mistake("--category", "region", "add", "s", "--from", "0", "--to", "1", "--rect", "1,2,3,4",
                        "--category", "secret", WS),
                mistake("--to", "region", "add", "s", "--from", "5s", "--to", "1s", "--rect", "1,2,3,4",
                        "--category", "other", WS),
                mistake("--rect", "subject", "private", "s", "--from", "1", "--to", "2", "--rect", "a,b,c,d", WS),
                mistake("--from", "subject", "private", "s", "--from", "12.5", "--to", "20", WS),
                mistake("--whole", "subject", "private", "s", WS),
                mistake("--whole", "subject", "private", "s", "--whole", "--from", "1", "--to", "2", WS),
                mistake("--status", "review", "s", "--status", "done", WS),
                mistake("--purpose", "consent", "grant", "subj", "--purpose", "marketing", WS),
                mistake("--action", "audit", "--action", "foo", WS),
                mistake("--seed", "generate", "--out", "x", "--seed", "abc"),
                mistake("--events", "generate", "--out", "x", "--events", "1e6"),
                mistake("--format", "generate", "--out", "x", "--format", "mp4"),
                mistake("--rounds", "bench", "--rounds", "x"),
                mistake("--rounds", "bench", "--rounds", "0"),
                mistake("--samples", "eval-detection", "--samples", "99999999999"),
                mistake("--output", "labels", "export", "s", WS),
                mistake("--nope", "sessions", "--nope", WS),
                mistake("SESSION", "info", WS),
                mistake("'b'", "info", "a", "b", WS),
                mistake("bogus", "bogus"),
                mistake("bogus", "labels", "bogus"),
                mistake("nope", "help", "nope"));
    }

    private static Arguments mistake(String named, String... args) {
        return Arguments.of(named, List.of(args));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("mistakes")
    void oneLineNamingTheOptionAtMostOneHintAndExitTwo(String named, List<String> args) {
        Path workspace = dir.resolve("ws.trailmark");
        List<String> withWorkspace = new ArrayList<>();
        for (String a : args) {
            withWorkspace.add(a.equals(WS) ? "--workspace" : a.equals("x") ? dir.resolve("x").toString() : a);
            if (a.equals(WS)) {
                withWorkspace.add(workspace.toString());
            }
        }

        CliRun run = CliRun.of(withWorkspace);

        assertThat(run.code()).as(run.err()).isEqualTo(2);
        assertThat(run.errLines()).as(run.err()).hasSizeBetween(1, 2);
        assertThat(run.errLines().get(0)).startsWith("trailmark: error: ").contains(named);
        if (run.errLines().size() == 2) {
            assertThat(run.errLines().get(1)).contains("--help").doesNotContain("error");
        }
        assertThat(run.err() + run.out()).doesNotContain("Usage:")
                .doesNotContainPattern("[A-Z][A-Za-z]*(Exception|Error)\\b").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
        assertThat(workspace).as("nothing was opened for a mistyped command").doesNotExist();
    }

    @Test
    void aMistypedExportSeedIsNeverRepeated() {
        CliRun run = CliRun.of("export", "--out", dir.resolve("x").toString(), "--seed", "8812349876x",
                "--workspace", dir.resolve("ws.trailmark").toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--seed").doesNotContain("8812349876");
    }

    @Test
    void aTypoOfACommandOrOptionSuggestsTheNearestOne() {
        assertThat(CliRun.of("sesions").errLines().get(0)).contains("'sesions'", "did you mean sessions");
        assertThat(CliRun.of("sessions", "--jsn", "--workspace", dir.resolve("ws").toString()).errLines().get(0))
                .contains("'--jsn'", "did you mean --json");
    }

    @Test
    void theHelpStillPrintsTheUsageWithExitZero() {
        CliRun run = CliRun.of("export", "--help");

        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("Usage: trailmark export");
        assertThat(Files.exists(dir.resolve("ws.trailmark"))).isFalse();
    }
}
