package org.trailmark.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.cli.Cli;
import org.trailmark.model.Task;
import org.trailmark.model.TaskOutcome;
import org.trailmark.review.ReviewService;
import org.trailmark.store.Workspace;

/** Pseudonyms come from the workspace's secret: a dataset and its seed are not enough to recompute them. */
class ExportPseudonymTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final long SEED = 7;

    @TempDir
    Path dir;

    private static ExportOptions options() {
        return ExportOptions.defaults("test").withSeed(SEED)
                .withFormats(EnumSet.of(ExportFormat.TRAJECTORIES, ExportFormat.EVENTS, ExportFormat.KEYSTROKES));
    }

    private static void addAnaAndBen(Workspace ws) {
        ExportFixtures.addApprovedSession(ws, "ana-monday", "subj-ana");
        ExportFixtures.addApprovedSession(ws, "ben-tuesday", "subj-ben");
    }

    @Test
    void theSeedInTheManifestNoLongerRecomputesTheSubjectsPseudonyms() throws Exception {
        Path out = dir.resolve("out");
        try (Workspace ws = Workspace.open(dir.resolve("w.trailmark"))) {
            addAnaAndBen(ws);
            assertThat(new Exporter(ws, options()).run(out).verified()).isTrue();
        }
        JsonNode manifest = MAPPER.readTree(out.resolve(Exporter.MANIFEST).toFile());
        assertThat(manifest.path("seed").asLong()).isEqualTo(SEED);
        Set<String> subjects = subjectPseudonyms(out);
        assertThat(subjects).hasSize(2);
        // What the previous version did: the key was a hash of the seed, which the manifest states.
        byte[] seedOnlyKey = MessageDigest.getInstance("SHA-256")
                .digest(("trailmark-export-pseudonym-key/" + SEED).getBytes(StandardCharsets.UTF_8));
        for (String candidate : List.of("subj-ana", "subj-ben")) {
            assertThat(subjects).doesNotContain("s-" + hmacHex(seedOnlyKey, candidate));
            assertThat(allText(out)).doesNotContain(hmacHex(seedOnlyKey, candidate),
                    hmacHex(seedOnlyKey, "session/" + candidate.replace("subj-", "") + "-monday").substring(0, 16));
        }
    }

    @Test
    void theSameWorkspaceOrACopyOfItWithTheSameSeedGivesByteIdenticalFiles() throws IOException {
        Path original = dir.resolve("w.trailmark");
        try (Workspace ws = Workspace.open(original)) {
            addAnaAndBen(ws);
            new Exporter(ws, options()).run(dir.resolve("a"));
            new Exporter(ws, options()).run(dir.resolve("b"));
            ws.checkpoint();
        }
        Path copy = dir.resolve("copy.trailmark");
        Files.copy(original, copy, StandardCopyOption.COPY_ATTRIBUTES);
        try (Workspace ws = Workspace.open(copy)) {
            new Exporter(ws, options()).run(dir.resolve("c"));
        }
        Map<String, byte[]> a = contents(dir.resolve("a"));
        assertThat(a).isNotEmpty();
        assertSameFiles(a, contents(dir.resolve("b")));
        assertSameFiles(a, contents(dir.resolve("c")));
    }

    @Test
    void twoWorkspacesWithTheSameSessionsAndSeedGiveDifferentSubjectAndSessionPseudonyms() throws IOException {
        for (String name : List.of("first", "second")) {
            try (Workspace ws = Workspace.open(dir.resolve(name + ".trailmark"))) {
                addAnaAndBen(ws);
                new Exporter(ws, options()).run(dir.resolve(name));
            }
        }
        Set<String> firstSubjects = subjectPseudonyms(dir.resolve("first"));
        Set<String> firstSessions = sessionPseudonyms(dir.resolve("first"));
        assertThat(firstSubjects).hasSize(2);
        assertThat(firstSessions).hasSize(2);
        assertThat(subjectPseudonyms(dir.resolve("second"))).hasSize(2).doesNotContainAnyElementsOf(firstSubjects);
        assertThat(sessionPseudonyms(dir.resolve("second"))).hasSize(2).doesNotContainAnyElementsOf(firstSessions);
    }

    /**
     * A shuffle seeded by the seed alone would let whoever knows the subject ids tell which subject went
     * to which split. With 20 subjects dealt 10/5/5 a chance match of a keyed deal is 1 in 46 million.
     */
    @Test
    void whichSubjectLandsInWhichSplitDoesNotFollowFromTheSeed() throws IOException {
        List<String> subjects = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            subjects.add(String.format("subj-%02d", i));
        }
        ExportOptions halfAndQuarters = new ExportOptions(new double[] {0.5, 0.25, 0.25}, java.util.OptionalLong.of(SEED),
                false, "test", ExportFilter.NONE);
        Map<String, Map<String, String>> splits = new TreeMap<>();
        for (String name : List.of("first", "second")) {
            try (Workspace ws = Workspace.open(dir.resolve(name + ".trailmark"))) {
                for (String subject : subjects) {
                    ExportFixtures.addApprovedSession(ws, "session-of-" + subject, subject);
                    new ReviewService(ws, "rita").addTask(Task.draft("session-of-" + subject, 0, 1_000,
                            "Task of " + subject, null, TaskOutcome.SUCCESS));
                }
                new Exporter(ws, halfAndQuarters).run(dir.resolve(name));
            }
            splits.put(name, splitOfSubject(dir.resolve(name)));
        }
        assertThat(splits.get("first")).hasSize(20);
        List<String> dealtBySeedAlone = new ArrayList<>(new TreeSet<>(subjects));
        Collections.shuffle(dealtBySeedAlone, new Random(SEED));
        Map<String, String> predicted = new TreeMap<>();
        for (int i = 0; i < dealtBySeedAlone.size(); i++) {
            predicted.put(dealtBySeedAlone.get(i), i < 10 ? "train" : i < 15 ? "validation" : "test");
        }
        assertThat(splits.get("first")).isNotEqualTo(predicted);
        assertThat(splits.get("second")).isNotEqualTo(predicted).isNotEqualTo(splits.get("first"));
    }

    @Test
    void noExportedFileHoldsTheWorkspaceSecretOrAKeyDerivedFromIt() throws Exception {
        Path file = dir.resolve("w.trailmark");
        Path out = dir.resolve("out");
        List<byte[]> keys = new ArrayList<>();
        try (Workspace ws = Workspace.open(file)) {
            addAnaAndBen(ws);
            new Exporter(ws, options().withPyautogui(true)).run(out);
            keys.add(ws.settings().pseudonymKey("export-pseudonyms/subjects/" + SEED));
            keys.add(ws.settings().pseudonymKey("export-pseudonyms/sessions/" + SEED));
            keys.add(ws.settings().pseudonymKey("export-split/" + SEED));
            ws.checkpoint();
        }
        keys.add(secret(file));
        assertThat(keys.get(3)).hasSize(32);
        Map<String, byte[]> files = contents(out);
        assertThat(files).containsKey(Exporter.MANIFEST).containsKey(Exporter.CARD);
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            String text = new String(f.getValue(), StandardCharsets.ISO_8859_1);
            for (byte[] key : keys) {
                assertThat(text).as(f.getKey())
                        .doesNotContain(new String(key, StandardCharsets.ISO_8859_1))
                        .doesNotContain(HexFormat.of().formatHex(key))
                        .doesNotContain(HexFormat.of().withUpperCase().formatHex(key))
                        .doesNotContain(Base64.getEncoder().encodeToString(key))
                        .doesNotContain(Base64.getUrlEncoder().withoutPadding().encodeToString(key));
            }
        }
    }

    @Test
    void rotatingTheKeyChangesTheNextExportsPseudonymsAndIsAudited() throws IOException {
        Path file = dir.resolve("w.trailmark");
        try (Workspace ws = Workspace.open(file)) {
            addAnaAndBen(ws);
            new Exporter(ws, options()).run(dir.resolve("before"));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        InputStream realIn = System.in;
        int refused;
        try {
            System.setIn(new ByteArrayInputStream("no\n".getBytes(StandardCharsets.UTF_8)));
            refused = Cli.run(new String[] {"workspace", "rotate-pseudonym-key", "--workspace", file.toString()},
                    new PrintWriter(out, true), new PrintWriter(err, true));
        } finally {
            System.setIn(realIn);
        }
        assertThat(refused).isEqualTo(1);
        assertThat(err.toString()).contains("not rotated");
        try (Workspace ws = Workspace.open(file)) {
            new Exporter(ws, options()).run(dir.resolve("refused"));
        }
        assertThat(subjectPseudonyms(dir.resolve("refused"))).isEqualTo(subjectPseudonyms(dir.resolve("before")));

        int code = Cli.run(new String[] {"workspace", "rotate-pseudonym-key", "--yes", "--by", "cora",
                "--workspace", file.toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Exports made from now on get new pseudonyms");
        try (Workspace ws = Workspace.open(file)) {
            new Exporter(ws, options()).run(dir.resolve("after"));
            assertThat(ws.audit().entries(null)).filteredOn(e -> e.action().equals(Workspace.PSEUDONYM_KEY_ROTATED))
                    .singleElement().satisfies(e -> assertThat(e.actor()).isEqualTo("cora"));
        }
        assertThat(subjectPseudonyms(dir.resolve("after"))).hasSize(2)
                .doesNotContainAnyElementsOf(subjectPseudonyms(dir.resolve("before")));
        assertThat(sessionPseudonyms(dir.resolve("after"))).hasSize(2)
                .doesNotContainAnyElementsOf(sessionPseudonyms(dir.resolve("before")));
    }

    @Test
    void taskIdsNumberTasksWithinTheirSessionSoNoWorkspaceRowIdLinksTwoExports() throws IOException {
        try (Workspace ws = Workspace.open(dir.resolve("w.trailmark"))) {
            addAnaAndBen(ws);
            ReviewService review = new ReviewService(ws, "rita");
            for (int i = 0; i < 3; i++) {
                review.addTask(Task.draft("ben-tuesday", 1_000 * i, 1_000 * i + 500, "Step " + i, null,
                        TaskOutcome.SUCCESS));
            }
            new Exporter(ws, options()).run(dir.resolve("out"));
        }
        Map<String, List<String>> taskNumbers = new TreeMap<>();
        for (String split : Exporter.SPLITS) {
            for (String line : Files.readAllLines(dir.resolve("out/data/" + split + ".jsonl"))) {
                JsonNode record = MAPPER.readTree(line);
                String session = record.path("session_id").asText();
                assertThat(record.path("task_id").asText()).startsWith(session + "/");
                taskNumbers.computeIfAbsent(session, s -> new ArrayList<>())
                        .add(record.path("task_id").asText().substring(session.length() + 1));
            }
        }
        assertThat(taskNumbers.values()).extracting(List::size).containsExactlyInAnyOrder(1, 4);
        assertThat(taskNumbers.values()).allSatisfy(numbers -> assertThat(numbers)
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, numbers.size()).mapToObj(String::valueOf).toList()));
    }

    private static Set<String> subjectPseudonyms(Path out) throws IOException {
        Set<String> subjects = new TreeSet<>();
        for (String split : Exporter.SPLITS) {
            for (String line : Files.readAllLines(out.resolve("data/" + split + ".jsonl"))) {
                subjects.add(MAPPER.readTree(line).path("subject").asText());
            }
        }
        return subjects;
    }

    private static Set<String> sessionPseudonyms(Path out) throws IOException {
        Set<String> sessions = new TreeSet<>();
        MAPPER.readTree(out.resolve(Exporter.MANIFEST).toFile()).path("sessions")
                .forEach(s -> sessions.add(s.path("session_id").asText()));
        return sessions;
    }

    /** Subject id (from the task instruction the fixture wrote) to the split its records are in. */
    private static Map<String, String> splitOfSubject(Path out) throws IOException {
        Map<String, String> splits = new TreeMap<>();
        for (String split : Exporter.SPLITS) {
            for (String line : Files.readAllLines(out.resolve("data/" + split + ".jsonl"))) {
                String instruction = MAPPER.readTree(line).path("instruction").asText();
                if (instruction.startsWith("Task of ")) {
                    splits.put(instruction.substring("Task of ".length()), split);
                }
            }
        }
        return splits;
    }

    private static Map<String, byte[]> contents(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(f).toString(), Files.readAllBytes(f));
            }
        }
        return files;
    }

    private static String allText(Path root) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (byte[] bytes : contents(root).values()) {
            sb.append(new String(bytes, StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((name, bytes) -> assertThat(actual.get(name)).as(name).isEqualTo(bytes));
    }

    private static String hmacHex(byte[] key, String id) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(id.getBytes(StandardCharsets.UTF_8)), 0, 12);
    }

    private static byte[] secret(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT value FROM secrets")) {
            assertThat(rs.next()).isTrue();
            return rs.getBytes(1);
        }
    }
}
