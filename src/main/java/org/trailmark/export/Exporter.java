package org.trailmark.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.trailmark.io.NativeSessionWriter;
import org.trailmark.model.AccessAction;
import org.trailmark.model.AccessPurpose;
import org.trailmark.model.Flag;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionLog;
import org.trailmark.model.Task;
import org.trailmark.store.DatasetExports;
import org.trailmark.store.OwnerOnlyFiles;
import org.trailmark.store.Workspace;

/**
 * Writes a trajectory training set: selects, redacts, splits by subject, documents and checksums,
 * then reads everything back and only moves the folder into place when no flagged value survived.
 * Files are first written to a sibling staging folder so a failed export leaves nothing half written.
 */
public final class Exporter {
    public static final String MANIFEST = "manifest.json";
    public static final String REPORT = "redaction_report.json";
    public static final String CARD = "README.md";
    /** Each observation split folder's ImageFolder metadata: one row per picture. */
    public static final String OBSERVATION_METADATA = "metadata.jsonl";
    public static final String REDACTION_POLICY_VERSION = "1";
    public static final List<String> SPLITS = List.of("train", "validation", "test");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Workspace workspace;
    private final ExportOptions options;
    private final ScreenMasking masking;

    public Exporter(Workspace workspace, ExportOptions options) {
        this(workspace, options, null);
    }

    /** @param masking how masks are painted into observation pictures; needed only with screens */
    public Exporter(Workspace workspace, ExportOptions options, ScreenMasking masking) {
        if (options.withScreens() && masking == null) {
            throw new IllegalArgumentException("screens cannot be exported without a way to paint masks into them");
        }
        this.workspace = workspace;
        this.options = options;
        this.masking = masking;
    }

    public ExportResult run(Path out) {
        return run(out, ExportMonitor.NONE);
    }

    /** Progress is by events of the included sessions; the last 10 % is verification. */
    public ExportResult run(Path out, ExportMonitor monitor) {
        Path target = out.toAbsolutePath().normalize();
        OutputFolder.problem(target).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        Path staging = OutputFolder.staging(target);
        Selection selection = Selection.of(workspace, options.includeUnreviewed(), options.filter());
        Pseudonyms key = options.seed().isPresent() ? Pseudonyms.seeded(workspace, options.seed().getAsLong())
                : Pseudonyms.fresh();
        Map<String, String> splitOfSubject = splitSubjects(selection, key.splitRandom());
        Set<String> maskedTitles = new HashSet<>();
        PassProgress firstPass = new PassProgress(monitor, 0, "");
        ExportResult result = write(target, staging, selection, splitOfSubject, key, firstPass, maskedTitles, false);
        if (result == null) {
            result = write(target, staging, selection, splitOfSubject, key, new PassProgress(monitor,
                    firstPass.highest, "Hiding a flagged window title in every session: "), maskedTitles, true);
        }
        return result;
    }

    /**
     * One pass over the included sessions. Unless {@code titlesComplete}, it collects the titles masked
     * so far and hands them to later sessions; when a title masked in a later session was shown in an
     * earlier one, it returns null and the caller runs again with every masked title known.
     */
    private ExportResult write(Path target, Path staging, Selection selection, Map<String, String> splitOfSubject,
                               Pseudonyms key, ExportMonitor monitor, Set<String> maskedTitles,
                               boolean titlesComplete) {
        Set<String> titlesShown = new HashSet<>();
        boolean titleMaskedTooLate = false;
        Map<String, StringBuilder> lines = new LinkedHashMap<>();
        Map<String, Integer> records = new LinkedHashMap<>();
        SPLITS.forEach(s -> {
            lines.put(s, new StringBuilder());
            records.put(s, 0);
        });
        Map<String, Integer> redactions = new TreeMap<>();
        Set<String> originals = new HashSet<>();
        ArrayNode sessions = MAPPER.createArrayNode();
        int[] redactedActions = {0};
        int withoutTasks = 0;
        TrajectoryRecords trajectories = new TrajectoryRecords(MAPPER, options.pyautogui());
        Map<String, StringBuilder> keystrokes = new LinkedHashMap<>();
        Map<String, Integer> keystrokeRows = new LinkedHashMap<>();
        SPLITS.forEach(sp -> {
            keystrokes.put(sp, new StringBuilder(KeystrokeTable.HEADER));
            keystrokeRows.put(sp, 0);
        });
        Map<String, ObjectNode> fileEntries = new TreeMap<>();
        Set<String> eventStreams = new TreeSet<>();
        boolean screens = options.withScreens() && options.writes(ExportFormat.TRAJECTORIES);
        long totalEvents = Math.max(1, selection.included().stream().mapToLong(c -> c.session().events()).sum());
        long doneEvents = 0;
        int sessionNumber = 0;
        ExportObservations pictures = screens
                ? new ExportObservations(workspace, masking, options.observationOffsetMs(), staging) : null;
        try (pictures) {
            // The dataset folder is owner-only until its curator shares it on purpose (docs/export.md);
            // the files inside keep ordinary modes, so one chmod of the folder shares the whole set.
            OwnerOnlyFiles.createFolders(staging);
            Files.createDirectories(staging.resolve("data"));
            for (Selection.Chosen chosen : selection.included()) {
                checkNotCancelled(monitor);
                monitor.progress("Redacting session " + (++sessionNumber) + " of " + selection.included().size(),
                        0.9 * doneEvents / totalEvents);
                doneEvents += chosen.session().events();
                String id = chosen.session().id();
                SessionLog log = workspace.sessions().loadLog(id);
                List<Flag> flags = workspace.flags().ofSession(id);
                List<Task> tasks = workspace.review().tasks(id);
                RedactedSession redacted = Redactor.redact(log, flags, maskedTitles);
                if (!titlesComplete) {
                    for (String title : redacted.maskedTitles()) {
                        titleMaskedTooLate |= !maskedTitles.contains(title) && titlesShown.contains(title);
                    }
                    maskedTitles.addAll(redacted.maskedTitles());
                    titlesShown.addAll(Redactor.titles(log));
                }
                originals.addAll(redacted.originals());
                redacted.counts().forEach((k, v) -> redactions.merge(k, v, Integer::sum));
                String split = splitOfSubject.get(chosen.session().subject());
                String pseudonym = key.subject(chosen.session().subject());
                String sessionPseudonym = key.session(id);
                if (options.writes(ExportFormat.EVENTS)) {
                    String name = "data/events/" + split + "/" + sessionPseudonym + ".jsonl";
                    Path file = staging.resolve(name);
                    org.trailmark.model.SessionInfo info = chosen.session().info();
                    // Consent reference and suggested instruction stay out: they can name the subject.
                    NativeSessionWriter.write(new org.trailmark.model.SessionInfo(sessionPseudonym, pseudonym,
                            info.sourceFormat(), info.start(), info.screens(), info.captureTool(),
                            info.captureToolVersion(), null, null), redacted.log(), file);
                    eventStreams.add(name);
                }
                if (options.writes(ExportFormat.KEYSTROKES)) {
                    keystrokeRows.merge(split, KeystrokeTable.append(pseudonym, sessionPseudonym, redacted,
                            keystrokes.get(split)), Integer::sum);
                }
                SessionObservations observations = screens
                        ? pictures.plan(id, log, flags, redacted, split, sessionPseudonym) : null;
                List<ObjectNode> taskRecords = options.writes(ExportFormat.TRAJECTORIES)
                        ? trajectories.records(chosen.session().info(), sessionPseudonym, pseudonym, tasks, redacted,
                                options.filter(), redactedActions, observations)
                        : List.of();
                if (observations != null) {
                    pictures.write(observations, split, sessionPseudonym, taskRecords);
                }
                for (ObjectNode record : taskRecords) {
                    lines.get(split).append(json(record)).append('\n');
                    records.merge(split, 1, Integer::sum);
                }
                if (tasks.isEmpty()) {
                    withoutTasks++;
                }
                ObjectNode s = sessions.addObject();
                s.put("session_id", sessionPseudonym);
                s.put("split", split);
                s.put("review_status", chosen.review().status().name().toLowerCase(java.util.Locale.ROOT));
                s.put("reviewer", chosen.review().reviewer());
                s.put("tasks", tasks.size());
            }
            if (titleMaskedTooLate) {
                deleteTree(staging);
                return null;
            }
            redactions.put("actions_redacted", redactedActions[0]);
            Map<String, byte[]> written = new LinkedHashMap<>();
            for (String split : SPLITS) {
                if (options.writes(ExportFormat.TRAJECTORIES)) {
                    written.put("data/" + split + ".jsonl", lines.get(split).toString().getBytes(StandardCharsets.UTF_8));
                }
                if (options.writes(ExportFormat.KEYSTROKES)) {
                    Files.createDirectories(staging.resolve("data/keystrokes"));
                    written.put("data/keystrokes/" + split + ".tsv",
                            keystrokes.get(split).toString().getBytes(StandardCharsets.UTF_8));
                }
            }
            if (screens) {
                written.putAll(pictures.metadataFiles());
            }
            written.put(REPORT, report(redactions));
            written.put(CARD, DatasetCard.text(records, selection, options, eventSplits(eventStreams),
                    screens ? pictures.splits() : Set.of()).getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> e : written.entrySet()) {
                Files.write(staging.resolve(e.getKey()), e.getValue());
            }
            checkNotCancelled(monitor);
            monitor.progress("Verifying the written files", 0.9);
            List<String> problems = readBack(staging, originals, fileEntries);
            if (screens) {
                problems.addAll(pictures.problems());
            }
            for (String split : SPLITS) {
                ObjectNode table = fileEntries.get("data/keystrokes/" + split + ".tsv");
                if (table != null) {
                    table.put("records", keystrokeRows.get(split));
                }
            }
            String exportId = exportId(fileEntries);
            ObjectNode observationSummary = screens ? pictures.summary() : null;
            Files.write(staging.resolve(MANIFEST), manifest(exportId, fileEntries, selection, sessions, withoutTasks,
                    observationSummary));
            problems.addAll(new LeakScanner(originals).scan(MANIFEST, Files.readAllBytes(staging.resolve(MANIFEST))));
            if (!problems.isEmpty()) {
                deleteTree(staging);
                return new ExportResult(target, selection, records, redactions, problems, exportId);
            }
            checkNotCancelled(monitor);
            if (Files.exists(target)) {
                Files.delete(target);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            audit(selection, exportId, target);
            monitor.progress("Done", 1.0);
            return new ExportResult(target, selection, records, redactions, List.of(), exportId);
        } catch (IOException | RuntimeException e) {
            deleteTree(staging);
            if (e instanceof IOException io) {
                throw new UncheckedIOException("could not write the export", io);
            }
            throw (RuntimeException) e;
        }
    }

    /**
     * The verification pass: every written data file is read back from disk once, looked through for
     * every flagged value and hashed; the manifest then records those checksums of what is on disk.
     */
    private static List<String> readBack(Path staging, Set<String> originals, Map<String, ObjectNode> fileEntries)
            throws IOException {
        LeakScanner scanner = new LeakScanner(originals);
        List<String> problems = new ArrayList<>();
        for (Path file : ExportVerifier.files(staging)) {
            String name = staging.relativize(file).toString().replace('\\', '/');
            byte[] bytes = Files.readAllBytes(file);
            if (ExportVerifier.isPicture(name)) {
                // Compressed pixels hold no text to look through; they are checked by their masks instead.
                fileEntries.put(name, entry(bytes, false));
                continue;
            }
            problems.addAll(scanner.scan(name, bytes, () -> fileEntries.put(name, entry(bytes, name.endsWith(".jsonl")))));
        }
        return problems;
    }

    /** One entry per exported session, only once the verified folder is in place: a failed export took nothing. */
    private void audit(Selection selection, String exportId, Path target) {
        String detail = DatasetExports.detail(exportId, target.getFileName().toString());
        for (Selection.Chosen chosen : selection.included()) {
            workspace.audit().append(options.actor(), DatasetExports.AUDIT_ACTION, chosen.session().id(), detail);
            workspace.access().record(chosen.session().id(), AccessAction.EXPORT, AccessPurpose.EXPORT);
        }
    }

    /** Depends only on the files' contents, so a reproducible export keeps its id. */
    static String exportId(Map<String, ? extends JsonNode> fileEntries) {
        List<String> checksums = new ArrayList<>();
        fileEntries.values().forEach(e -> checksums.add(e.path("sha256").asText()));
        Collections.sort(checksums);
        return ExportVerifier.sha256(String.join("\n", checksums).getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    /**
     * Progress of one pass mapped onto what is left after the passes before it, so the bar never
     * goes back; the first pass starts at 0 and remembers how far it got.
     */
    private static final class PassProgress implements ExportMonitor {
        private final ExportMonitor inner;
        private final double base;
        private final String prefix;
        private double highest;

        PassProgress(ExportMonitor inner, double base, String prefix) {
            this.inner = inner;
            this.base = base;
            this.prefix = prefix;
            this.highest = base;
        }

        @Override
        public void progress(String step, double fraction) {
            highest = Math.max(highest, base + (1 - base) * fraction);
            inner.progress(prefix + step, highest);
        }

        @Override
        public boolean isCancelled() {
            return inner.isCancelled();
        }
    }

    private static void checkNotCancelled(ExportMonitor monitor) {
        if (monitor.isCancelled()) {
            throw new ExportCancelledException();
        }
    }

    /** Subjects in a seeded random order, cut by the ratios, so no subject lands in two splits. */
    private Map<String, String> splitSubjects(Selection selection, Random random) {
        List<String> subjects = new ArrayList<>(new TreeSet<>(
                selection.included().stream().map(c -> c.session().subject()).toList()));
        Collections.shuffle(subjects, random);
        double[] ratios = options.split();
        Map<String, String> splitOf = new TreeMap<>();
        for (int i = 0; i < subjects.size(); i++) {
            double position = (i + 0.5) / subjects.size();
            double cumulative = 0;
            String split = SPLITS.get(SPLITS.size() - 1);
            for (int s = 0; s < SPLITS.size(); s++) {
                cumulative += ratios[s];
                if (position < cumulative) {
                    split = SPLITS.get(s);
                    break;
                }
            }
            splitOf.put(subjects.get(i), split);
        }
        return splitOf;
    }

    private byte[] report(Map<String, Integer> redactions) {
        ObjectNode r = MAPPER.createObjectNode();
        r.put("redaction_policy_version", REDACTION_POLICY_VERSION);
        ObjectNode counts = r.putObject("counts");
        redactions.forEach(counts::put);
        return pretty(r);
    }

    private static Set<String> eventSplits(Set<String> eventStreams) {
        Set<String> splits = new HashSet<>();
        for (String split : SPLITS) {
            if (eventStreams.stream().anyMatch(f -> f.startsWith("data/events/" + split + "/"))) {
                splits.add(split);
            }
        }
        return splits;
    }

    private static ObjectNode entry(byte[] bytes, boolean countLines) {
        ObjectNode f = MAPPER.createObjectNode();
        f.put("sha256", ExportVerifier.sha256(bytes));
        if (countLines) {
            f.put("records", ExportVerifier.lines(bytes));
        }
        return f;
    }

    private byte[] manifest(String exportId, Map<String, ObjectNode> fileEntries, Selection selection,
                            ArrayNode sessions, int withoutTasks, ObjectNode observations) {
        ObjectNode m = MAPPER.createObjectNode();
        m.put("export_id", exportId);
        m.put("format", String.join(",", java.util.Arrays.stream(ExportFormat.values()).filter(options::writes)
                .map(ExportFormat::wireName).toList()));
        m.put("tool_version", options.toolVersion());
        m.put("redaction_policy_version", REDACTION_POLICY_VERSION);
        if (options.seed().isPresent()) {
            m.put("seed", options.seed().getAsLong());
        }
        ObjectNode split = m.putObject("split");
        double[] ratios = options.split();
        for (int i = 0; i < SPLITS.size(); i++) {
            split.put(SPLITS.get(i), ratios[i]);
        }
        m.put("include_unreviewed", options.includeUnreviewed());
        m.set("filter", filter());
        if (observations != null) {
            m.set("observations", observations);
        }
        ObjectNode files = m.putObject("files");
        fileEntries.forEach(files::set);
        ArrayNode consent = m.putArray("consent_record_ids");
        new TreeSet<>(selection.included().stream().map(Selection.Chosen::consentRecordId).toList())
                .forEach(consent::add);
        m.set("sessions", sessions);
        m.put("sessions_without_tasks", withoutTasks);
        ObjectNode excluded = m.putObject("excluded");
        for (ExclusionReason reason : ExclusionReason.values()) {
            excluded.put(reason.wireName(), selection.excluded().getOrDefault(reason, 0));
        }
        return pretty(m);
    }

    static String observationFolder(String split) {
        return ExportObservations.folder(split);
    }

    private ObjectNode filter() {
        ExportFilter f = options.filter();
        ObjectNode n = MAPPER.createObjectNode();
        // Subject ids are not written: the filter only says how many were named.
        n.put("subjects", f.subjects().size());
        n.put("from", f.from() == null ? null : f.from().toString());
        n.put("to", f.to() == null ? null : f.to().toString());
        ArrayNode labels = n.putArray("labels");
        f.labels().stream().sorted().forEach(labels::add);
        ArrayNode outcomes = n.putArray("outcomes");
        f.outcomes().stream().sorted().forEach(outcomes::add);
        ArrayNode apps = n.putArray("apps");
        f.apps().stream().sorted().forEach(apps::add);
        return n;
    }

    private static String json(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a record", e);
        }
    }

    private static byte[] pretty(ObjectNode node) {
        try {
            return (MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node).replace("\r\n", "\n") + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a summary file", e);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove the partial export", e);
        }
    }
}
