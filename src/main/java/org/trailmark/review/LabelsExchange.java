package org.trailmark.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.trailmark.model.AccessAction;
import org.trailmark.model.AccessPurpose;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.FlagSource;
import org.trailmark.model.FlagStatus;
import org.trailmark.model.Label;
import org.trailmark.model.ReviewStatus;
import org.trailmark.model.ScreenRegion;
import org.trailmark.model.SessionReview;
import org.trailmark.model.Task;
import org.trailmark.model.TaskOutcome;
import org.trailmark.store.OwnerOnlyFiles;

/**
 * A session's labels (tasks, flags, review status and the labels its tasks use) as a JSON file,
 * so reviews move between workspaces that hold the same session.
 *
 * <p>Reading never overwrites: an item identical to one already here is skipped, an item on a
 * span where this workspace already has a different one is reported as a conflict and left out,
 * anything else is added. The whole import is one undoable command ("Import labels").
 */
public final class LabelsExchange {
    public static final String FORMAT = "trailmark-labels";
    public static final int VERSION = 1;
    private static final String UNDESCRIBED_LABEL_COLOUR = "#9e9e9e";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final ReviewService service;

    public LabelsExchange(ReviewService service) {
        this.service = Objects.requireNonNull(service, "service");
    }

    /** Writes the session's labels to {@code file} and audits the export (counts only). */
    public void write(String sessionId, Path file) throws IOException {
        service.requireSession(sessionId);
        List<Task> tasks = service.tasks(sessionId);
        List<Flag> flags = service.flags(sessionId);
        SessionReview review = service.review(sessionId);
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("session_id", sessionId);
        root.put("exported_at", Instant.now().toString());
        ObjectNode status = root.putObject("review");
        status.put("status", review.status().wireName());
        status.put("reviewer", review.reviewer());
        status.put("reason", review.reason());
        status.put("changed_at", review.changedAt() == null ? null : review.changedAt().toString());
        ArrayNode labels = root.putArray("labels");
        for (Label label : service.labels()) {
            if (tasks.stream().anyMatch(t -> label.name().equals(t.label()))) {
                labels.addObject().put("name", label.name()).put("colour", label.colour()).put("hotkey", label.hotkey());
            }
        }
        ArrayNode taskArray = root.putArray("tasks");
        for (Task t : tasks) {
            ObjectNode n = taskArray.addObject();
            n.put("id", t.id());
            n.put("start_ms", t.startMs());
            n.put("end_ms", t.endMs());
            n.put("instruction", t.instruction());
            n.put("label", t.label());
            n.put("outcome", t.outcome() == null ? null : t.outcome().wireName());
            n.put("notes", t.notes());
        }
        ArrayNode flagArray = root.putArray("flags");
        for (Flag f : flags) {
            ObjectNode n = flagArray.addObject();
            n.put("id", f.id());
            n.put("start_ms", f.startMs());
            n.put("end_ms", f.endMs());
            n.put("category", f.category().wireName());
            n.put("reason", f.reason());
            n.put("source", f.source().wireName());
            n.put("detector", f.detector());
            if (f.confidence() == null) {
                n.putNull("confidence");
            } else {
                n.put("confidence", f.confidence());
            }
            n.put("status", f.status().wireName());
            RegionJson.put(n, f.region());
        }
        // Instructions, notes and flag reasons are about people's sessions: owner-only, like the workspace.
        byte[] text = (MAPPER.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        OwnerOnlyFiles.replaceWhole(file, out -> {
            out.write(text);
            return null;
        });
        service.workspace().audit().append(service.actor(), "export", sessionId,
                "labels file: " + tasks.size() + " tasks, " + flags.size() + " flags");
        service.workspace().access().record(sessionId, AccessAction.EXPORT, AccessPurpose.EXPORT);
    }

    /** Reads a labels file into the session of the same id in this workspace. */
    public LabelsImport read(Path file) throws IOException {
        Parsed parsed = parse(file);
        String sessionId = parsed.sessionId;
        if (service.workspace().sessions().find(sessionId).isEmpty()) {
            throw new ReviewException(file + ": session " + sessionId + " is not in this workspace; import its"
                    + " capture first");
        }
        List<String> conflicts = new ArrayList<>();
        List<Command> parts = new ArrayList<>();

        List<Label> ourLabels = service.labels();
        List<Label> newLabels = new ArrayList<>(ourLabels);
        int labelsAdded = 0;
        for (Label theirs : parsed.labels) {
            Optional<Label> ours = ourLabels.stream().filter(l -> l.name().equals(theirs.name())).findFirst();
            if (ours.isPresent()) {
                continue; // our colour and hotkey win; the name is what tasks refer to
            }
            boolean hotkeyTaken = theirs.hasHotkey() && newLabels.stream().anyMatch(l -> l.hotkey() == theirs.hotkey());
            newLabels.add(hotkeyTaken ? new Label(theirs.name(), theirs.colour(), 0) : theirs);
            labelsAdded++;
        }
        for (Task theirs : parsed.tasks) {
            String name = theirs.label();
            if (name != null && newLabels.stream().noneMatch(l -> l.name().equals(name))) {
                // A file written by hand may name a label without describing it: give it a neutral colour.
                newLabels.add(new Label(name, UNDESCRIBED_LABEL_COLOUR, 0));
                labelsAdded++;
            }
        }
        if (labelsAdded > 0) {
            parts.add(new LabelSetEdit(service.workspace(), service.actor(), ourLabels, newLabels));
        }

        List<Task> ourTasks = service.tasks(sessionId);
        List<Task> tasksToAdd = new ArrayList<>();
        int tasksPresent = 0;
        for (Task theirs : parsed.tasks) {
            service.requireInsideSession(sessionId, theirs.startMs(), theirs.endMs(), "task");
            Task draft = theirs.withId(0);
            if (ourTasks.stream().anyMatch(t -> t.withId(0).equals(draft))) {
                tasksPresent++;
                continue;
            }
            Optional<Task> clash = ourTasks.stream()
                    .filter(t -> t.startMs() == theirs.startMs() && t.endMs() == theirs.endMs()).findFirst();
            if (clash.isPresent()) {
                conflicts.add("task " + Times.span(theirs.startMs(), theirs.endMs()) + ": task " + clash.get().id()
                        + " here covers the same span with different fields; kept this workspace's");
                continue;
            }
            tasksToAdd.add(draft);
        }
        if (!tasksToAdd.isEmpty()) {
            parts.add(RowsEdit.tasks(service.workspace(), service.versionOf(sessionId), service.actor(), sessionId, "import tasks", List.of(),
                    tasksToAdd));
        }

        List<Flag> ourFlags = service.flags(sessionId);
        List<Flag> flagsToAdd = new ArrayList<>();
        int flagsPresent = 0;
        for (Flag theirs : parsed.flags) {
            service.requireInsideSession(sessionId, theirs.startMs(), theirs.endMs(), "flag");
            service.requireRegionOnScreen(theirs);
            boolean weakenedMark = theirs.source() == FlagSource.SUBJECT && theirs.status() != FlagStatus.CONFIRMED;
            // A private mark is the recorded person's decision: a file cannot weaken it.
            Flag draft = weakenedMark ? theirs.withId(0).withStatus(FlagStatus.CONFIRMED) : theirs.withId(0);
            if (weakenedMark) {
                conflicts.add("flag " + Times.span(theirs.startMs(), theirs.endMs())
                        + " was marked private by the recorded person; taken as confirmed, not "
                        + theirs.status().wireName());
            }
            if (ourFlags.stream().anyMatch(f -> f.withId(0).equals(draft))) {
                flagsPresent++;
                continue;
            }
            // Two regions on one span are two masks, not two opinions about one.
            Optional<Flag> clash = ourFlags.stream().filter(f -> f.startMs() == theirs.startMs()
                    && f.endMs() == theirs.endMs() && f.category() == theirs.category()
                    && Objects.equals(f.region(), theirs.region())).findFirst();
            if (clash.isPresent()) {
                conflicts.add("flag " + Times.span(theirs.startMs(), theirs.endMs()) + " ("
                        + theirs.category().wireName() + (theirs.isRegion() ? ", region " + theirs.region() : "")
                        + "): flag " + clash.get().id() + " here is "
                        + clash.get().status().wireName() + ", the file says " + theirs.status().wireName()
                        + "; kept this workspace's");
                continue;
            }
            flagsToAdd.add(draft);
        }
        if (!flagsToAdd.isEmpty()) {
            parts.add(RowsEdit.flags(service.workspace(), service.versionOf(sessionId), service.actor(), sessionId, "import flags", List.of(),
                    flagsToAdd));
        }

        SessionReview ourReview = service.review(sessionId);
        boolean statusTaken = false;
        if (parsed.review != null && parsed.review.status() != ourReview.status()) {
            if (ourReview.status() == ReviewStatus.NEW) {
                parts.add(new ReviewStatusEdit(service.workspace(), service.actor(), ourReview, parsed.review));
                statusTaken = true;
            } else {
                conflicts.add("session status is " + ourReview.status().wireName() + " here and "
                        + parsed.review.status().wireName() + " in the file; kept " + ourReview.status().wireName());
            }
        }
        if (!parts.isEmpty()) {
            service.history().execute(new CompositeCommand("Import labels", parts));
        }
        return new LabelsImport(sessionId, tasksToAdd.size(), tasksPresent, flagsToAdd.size(), flagsPresent,
                labelsAdded, statusTaken, conflicts);
    }

    // ---- parsing ----

    private record Parsed(String sessionId, SessionReview review, List<Label> labels, List<Task> tasks,
                          List<Flag> flags) {
    }

    private static Parsed parse(Path file) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new ReviewException(file + ": not a labels file (not valid JSON at line "
                    + e.getLocation().getLineNr() + ")");
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw new ReviewException(file + ": not a Trailmark labels file (\"format\" is not \"" + FORMAT + "\")");
        }
        int version = root.path("version").asInt(-1);
        if (version < 1) {
            throw new ReviewException(file + ": labels file without a valid \"version\"");
        }
        if (version > VERSION) {
            throw new ReviewException(file + ": labels file version " + version + " is newer than this Trailmark"
                    + " reads (" + VERSION + "); please update Trailmark");
        }
        String sessionId = text(file, root, "session_id", "the file");
        SessionReview review = null;
        JsonNode status = root.path("review");
        if (status.isObject()) {
            ReviewStatus s = enumField(file, status, "status", "review", ReviewStatus::ofWireName);
            String changedAt = optionalText(status, "changed_at");
            try {
                review = new SessionReview(sessionId, s, optionalText(status, "reviewer"),
                        s == ReviewStatus.REJECTED ? optionalText(status, "reason") : null,
                        changedAt == null ? null : Instant.parse(changedAt));
            } catch (DateTimeParseException e) {
                throw new ReviewException(file + ": review \"changed_at\" is not a time");
            }
        }
        List<Label> labels = new ArrayList<>();
        int n = 0;
        for (JsonNode l : array(file, root, "labels")) {
            String where = "label " + (++n);
            labels.add(build(file, where, () -> new Label(text(file, l, "name", where), text(file, l, "colour", where),
                    l.path("hotkey").asInt(0))));
        }
        List<Task> tasks = new ArrayList<>();
        n = 0;
        for (JsonNode t : array(file, root, "tasks")) {
            String where = "task " + (++n);
            String outcome = optionalText(t, "outcome");
            TaskOutcome o = outcome == null ? null : TaskOutcome.ofWireName(outcome)
                    .orElseThrow(() -> new ReviewException(file + ": " + where + " has an unknown outcome"));
            String instruction = optionalText(t, "instruction");
            tasks.add(build(file, where, () -> new Task(0, sessionId, intField(file, t, "start_ms", where),
                    intField(file, t, "end_ms", where), instruction == null ? "" : instruction,
                    optionalText(t, "label"), o, optionalText(t, "notes"))));
        }
        List<Flag> flags = new ArrayList<>();
        n = 0;
        for (JsonNode f : array(file, root, "flags")) {
            String where = "flag " + (++n);
            FlagCategory category = enumField(file, f, "category", where, FlagCategory::ofWireName);
            FlagSource source = f.hasNonNull("source") ? enumField(file, f, "source", where, FlagSource::ofWireName)
                    : FlagSource.MANUAL;
            FlagStatus st = f.hasNonNull("status") ? enumField(file, f, "status", where, FlagStatus::ofWireName)
                    : source.initialStatus();
            Double confidence = f.hasNonNull("confidence") ? f.get("confidence").asDouble() : null;
            ScreenRegion region = RegionJson.read(file, f, where);
            flags.add(build(file, where, () -> new Flag(0, sessionId, intField(file, f, "start_ms", where),
                    intField(file, f, "end_ms", where), category, optionalText(f, "reason"), source,
                    optionalText(f, "detector"), confidence, st, region)));
        }
        return new Parsed(sessionId, review, labels, tasks, flags);
    }

    private static <T> T build(Path file, String where, java.util.function.Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            // The model's messages name the rule ("task must end after it starts"), never a value.
            throw new ReviewException(file + ": " + where + ": " + e.getMessage());
        }
    }

    private static Iterable<JsonNode> array(Path file, JsonNode root, String field) {
        JsonNode node = root.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new ReviewException(file + ": \"" + field + "\" must be a list");
        }
        return node;
    }

    private static String text(Path file, JsonNode node, String field, String where) {
        JsonNode v = node.path(field);
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new ReviewException(file + ": " + where + " needs \"" + field + "\"");
        }
        return v.asText();
    }

    private static String optionalText(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isTextual() ? v.asText() : null;
    }

    private static int intField(Path file, JsonNode node, String field, String where) {
        JsonNode v = node.path(field);
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new ReviewException(file + ": " + where + " needs a whole-number \"" + field + "\"");
        }
        return v.asInt();
    }

    private static <E> E enumField(Path file, JsonNode node, String field, String where,
                                   Function<String, Optional<E>> byName) {
        String name = text(file, node, field, where);
        return byName.apply(name).orElseThrow(() -> new ReviewException(file + ": " + where + " has an unknown \""
                + field + "\""));
    }
}
