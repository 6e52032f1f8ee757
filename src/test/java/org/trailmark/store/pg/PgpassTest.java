package org.trailmark.store.pg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PgpassTest {
    @TempDir
    Path dir;

    @Test
    void theFirstMatchingLineWinsAndStarMatchesAnything() throws IOException {
        Path file = pgpass("# team server",
                "db.example:5432:trailmark:alice:first",
                "*:*:*:alice:second",
                "db.example:5432:trailmark:alice:third");

        assertThat(lookup(file, "db.example", 5432, "trailmark", "alice")).isEqualTo("first");
        assertThat(lookup(file, "other", 6543, "x", "alice")).isEqualTo("second");
        assertThat(lookup(file, "db.example", 5432, "trailmark", "bob")).isNull();
    }

    @Test
    void escapedColonsAndBackslashesAreLiteralAndAnEscapedStarIsNoWildcard() throws IOException {
        Path file = pgpass("fe80\\:\\:1:5432:db:alice:pa\\:ss\\\\word",
                "\\*:5432:db:bob:star-host-only");

        assertThat(lookup(file, "fe80::1", 5432, "db", "alice")).isEqualTo("pa:ss\\word");
        assertThat(lookup(file, "db.example", 5432, "db", "bob")).isNull();
        assertThat(lookup(file, "*", 5432, "db", "bob")).isEqualTo("star-host-only");
    }

    @Test
    void linesWithTooFewFieldsAreSkipped() throws IOException {
        Path file = pgpass("db:5432:trailmark", "", "db:5432:trailmark:alice:ok");

        assertThat(lookup(file, "db", 5432, "trailmark", "alice")).isEqualTo("ok");
    }

    @Test
    void aFileOthersMayReadIsIgnoredWithAWarningThatHoldsNoPassword() throws IOException {
        Path file = pgpass("*:*:*:*:hunter2");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        List<String> warnings = new ArrayList<>();

        assertThat(Pgpass.lookup(file, "db", 5432, "d", "u", warnings::add)).isEmpty();
        assertThat(warnings).singleElement().asString().contains("chmod 600").doesNotContain("hunter2");
    }

    @Test
    void aMissingFileGivesNothing() {
        assertThat(Pgpass.lookup(dir.resolve("none"), "db", 5432, "d", "u", w -> { })).isEmpty();
    }

    @Test
    void theFileIsWhereLibpqLooks() {
        Path home = Path.of("/home/alice");

        assertThat(Pgpass.location(Map.of(), "Linux", home)).isEqualTo(home.resolve(".pgpass"));
        assertThat(Pgpass.location(Map.of("PGPASSFILE", "/etc/tm/pgpass"), "Linux", home))
                .isEqualTo(Path.of("/etc/tm/pgpass"));
        assertThat(Pgpass.location(Map.of("APPDATA", "/w/Roaming"), "Windows 11", home))
                .isEqualTo(Path.of("/w/Roaming", "postgresql", "pgpass.conf"));
    }

    private Path pgpass(String... lines) throws IOException {
        Path file = dir.resolve("pgpass");
        Files.write(file, List.of(lines));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    private static String lookup(Path file, String host, int port, String db, String user) {
        return Pgpass.lookup(file, host, port, db, user, w -> { }).orElse(null);
    }
}
