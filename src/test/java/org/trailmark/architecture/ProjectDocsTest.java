package org.trailmark.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The clone explains itself: its files point only at its own documents. */
class ProjectDocsTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    // spelled in two parts so this file does not match itself
    private static final List<String> OUTSIDE_REFERENCES = List.of("DESIGN" + ".md", "../" + "shared");

    @Test
    void noProjectFilePointsOutsideTheRepository() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Stream.of("src", "docs", "styles", "packaging", "sample-sessions", ".ci")
                .map(ROOT::resolve).filter(Files::isDirectory).flatMap(ProjectDocsTest::walk)) {
            offenders = Stream.concat(files, Stream.of(ROOT.resolve("README.md"), ROOT.resolve("BENCHMARKS.md"),
                            ROOT.resolve("CHANGELOG.md"), ROOT.resolve("pom.xml")))
                    .filter(ProjectDocsTest::isText)
                    .filter(ProjectDocsTest::mentionsOutside)
                    .map(p -> ROOT.relativize(p).toString())
                    .toList();
        }
        assertThat(offenders).as("files that refer to documents a clone does not have").isEmpty();
    }

    @Test
    void architectureDocumentNamesEveryPackage() throws IOException {
        String architecture = Files.readString(ROOT.resolve("docs/architecture.md"), StandardCharsets.UTF_8);
        List<String> packages;
        try (Stream<Path> dirs = Files.list(ROOT.resolve("src/main/java/org/trailmark"))) {
            packages = dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
        }
        assertThat(packages).isNotEmpty();
        assertThat(packages).allSatisfy(name -> assertThat(architecture).contains("`" + name + "`"));
    }

    private static Stream<Path> walk(Path dir) {
        try {
            return Files.walk(dir).filter(Files::isRegularFile).toList().stream();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + dir, e);
        }
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.endsWith(".java") || name.endsWith(".md") || name.endsWith(".css")
                || name.endsWith(".xml") || name.endsWith(".sh") || name.endsWith(".json") || name.equals("run"));
    }

    private static boolean mentionsOutside(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return OUTSIDE_REFERENCES.stream().anyMatch(text::contains);
        } catch (IOException e) {
            return false; // not UTF-8 text: a fixture, not a document
        }
    }
}
