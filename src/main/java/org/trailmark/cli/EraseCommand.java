package org.trailmark.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.trailmark.store.DatasetExports;
import org.trailmark.store.DatasetExports.DatasetExport;
import org.trailmark.store.ErasureResult;
import org.trailmark.store.SessionSummary;
import org.trailmark.store.Workspace;
import org.trailmark.store.WorkspaceException;
import org.trailmark.store.WorkspaceLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "erase", description = "Erase sessions for good: events, tasks, flags and review status are"
        + " removed and the workspace file is rebuilt so their bytes are gone.%nConsent records and the audit log"
        + " stay; each erased session leaves a tombstone without content. Asks to confirm unless --yes.")
final class EraseCommand implements Callable<Integer> {
    static final String CONFIRMATION = "ERASE";

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--session", paramLabel = "S", description = "A session to erase (repeatable).")
    List<String> sessions;

    @Option(names = "--subject", paramLabel = "ID", description = "Erase every session of this subject.")
    String subject;

    @Option(names = "--yes", description = "Do not ask; erase at once.")
    boolean yes;

    @Option(names = "--json", description = "Print the result as JSON (any question goes to stderr).")
    boolean json;

    @Option(names = "--by", paramLabel = "NAME", description = "Who erases, for the audit log"
            + " (default: the reviewer name).")
    String by;

    @Option(names = "--wipe-free-space", description = "Only rebuild the file so the bytes of deleted rows are"
            + " gone (finishes an erasure another program interrupted).")
    boolean wipeOnly;

    /** What the erasure will take, shown before asking. */
    private record Plan(List<String> ids, long events, int tasks, int flags, List<DatasetExport> exports) {
    }

    @Override
    public Integer call() {
        boolean bySession = sessions != null && !sessions.isEmpty();
        boolean bySubject = subject != null;
        if ((bySession ? 1 : 0) + (bySubject ? 1 : 0) + (wipeOnly ? 1 : 0) != 1) {
            throw new UserError("name what to erase: --session S (repeatable) or --subject ID"
                    + " (or only --wipe-free-space)");
        }
        if (bySubject && subject.isBlank()) {
            throw new UserError("--subject must not be blank");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // A team workspace is shared by many studios at once; each reloads when a session vanishes.
        Optional<WorkspaceLock> lock = common.isTeam() ? Optional.empty()
                : WorkspaceLock.tryAcquire(common.existingWorkspaceFile());
        if (!common.isTeam() && lock.isEmpty()) {
            // A window showing a session that vanishes under it would fail on its next read.
            return fail(err, "workspace " + common.workspaceFile() + " is open in a Trailmark window;"
                    + " close it (or erase from its My data screen) and try again; nothing erased");
        }
        // try-with-resources skips a null resource: a team workspace holds no local lock
        try (WorkspaceLock held = lock.orElse(null); Workspace workspace = common.openWorkspace()) {
            if (wipeOnly) {
                long before = workspace.fileBytes();
                workspace.erasure().wipeFreeSpace();
                out.printf("Wiped free space: workspace file %d bytes before, %d bytes after.%n", before,
                        workspace.fileBytes());
                out.flush();
                return 0;
            }
            List<String> ids = bySubject ? workspace.sessions().ofSubject(subject).stream().map(SessionSummary::id)
                    .toList() : List.copyOf(new LinkedHashSet<>(sessions));
            if (ids.isEmpty()) {
                out.printf("No sessions of %s in this workspace; nothing to erase.%n", subject);
                out.flush();
                return 0;
            }
            Optional<String> unknown = ids.stream().filter(id -> !workspace.sessions().contains(id)).findFirst();
            if (unknown.isPresent()) {
                return fail(err, "no session " + unknown.get() + " in workspace " + workspace.where()
                        + "; nothing erased");
            }
            // Before asking: a held session would only be refused after the person confirmed.
            for (String id : ids) {
                List<org.trailmark.store.LegalHold> holds = workspace.holds().openOn(id);
                if (!holds.isEmpty()) {
                    return fail(err, org.trailmark.store.SessionHeldException.describe(id, holds.get(0)));
                }
            }
            if (!yes && !confirmed(plan(workspace, ids), json ? err : out, err)) {
                return 1;
            }
            ErasureResult result;
            try {
                result = workspace.erasure().erase(ids, ConsentCommand.actor(workspace, by));
            } catch (WorkspaceException e) {
                return fail(err, e.getMessage());
            }
            if (json) {
                Json.print(out, toJson(result));
            } else {
                printSummary(out, result);
            }
            return 0;
        }
    }

    private static Plan plan(Workspace workspace, List<String> ids) {
        long events = 0;
        int tasks = 0;
        int flags = 0;
        for (String id : ids) {
            events += workspace.sessions().find(id).map(SessionSummary::events).orElse(0L);
            tasks += workspace.review().tasks(id).size();
            flags += workspace.flags().ofSession(id).size();
        }
        return new Plan(ids, events, tasks, flags, DatasetExports.containing(workspace.audit(), ids));
    }

    /** Shows the plan and asks; a closed stdin (no one to answer) is a refusal, never a yes. */
    private static boolean confirmed(Plan plan, PrintWriter to, PrintWriter err) {
        to.printf("This will erase %d session(s) for good: %s%n", plan.ids().size(), String.join(", ", plan.ids()));
        to.printf("  %d events, %d tasks, %d flags%n", plan.events(), plan.tasks(), plan.flags());
        printExports(to, "Datasets made earlier that contained these sessions (they are not changed): ",
                plan.exports());
        to.printf("Consent records and the audit log stay. Type %s to confirm: ", CONFIRMATION);
        to.flush();
        String answer = ConsoleAnswer.readLine();
        if (answer == null) {
            to.println();
            to.flush();
            fail(err, "no answer (standard input is closed); nothing erased. Run with --yes to erase without asking");
            return false;
        }
        if (!answer.strip().equals(CONFIRMATION)) {
            fail(err, "not confirmed; nothing erased");
            return false;
        }
        return true;
    }

    private static void printSummary(PrintWriter out, ErasureResult r) {
        out.printf("Erased %d session(s): %s%n", r.erasedSessionIds().size(), String.join(", ", r.erasedSessionIds()));
        out.printf("  %d events, %d tasks, %d flags; a tombstone without content is in the audit log.%n", r.events(),
                r.tasks(), r.flags());
        printExports(out, "Datasets made before this erasure that contained these sessions: ", r.earlierExports());
        out.printf("Workspace file: %d bytes before, %d bytes after.%n", r.fileBytesBefore(), r.fileBytesAfter());
        out.flush();
    }

    private static void printExports(PrintWriter out, String lead, List<DatasetExport> exports) {
        Map<String, List<DatasetExport>> byExport = byExport(exports);
        if (byExport.isEmpty()) {
            out.println(lead + "none recorded.");
            return;
        }
        List<String> items = new ArrayList<>();
        byExport.forEach((id, rows) -> items.add(id + " (" + rows.get(0).at() + ", " + rows.get(0).folderName() + ")"));
        out.println(lead + String.join("; ", items));
    }

    /** One entry per export, in order of the first time it appears; an export took several sessions. */
    private static Map<String, List<DatasetExport>> byExport(List<DatasetExport> exports) {
        Map<String, List<DatasetExport>> byExport = new LinkedHashMap<>();
        for (DatasetExport e : exports) {
            byExport.computeIfAbsent(e.exportId(), k -> new ArrayList<>()).add(e);
        }
        return byExport;
    }

    private static ObjectNode toJson(ErasureResult r) {
        ObjectNode root = Json.object();
        ArrayNode erased = root.putArray("erased");
        r.erasedSessionIds().forEach(erased::add);
        root.put("events", r.events());
        root.put("tasks", r.tasks());
        root.put("flags", r.flags());
        ArrayNode exports = root.putArray("earlier_exports");
        byExport(r.earlierExports()).forEach((id, rows) -> {
            ObjectNode node = exports.addObject();
            node.put("export_id", id);
            node.put("at", rows.get(0).at().toString());
            node.put("folder", rows.get(0).folderName());
            ArrayNode of = node.putArray("sessions");
            rows.stream().map(DatasetExport::sessionId).distinct().forEach(of::add);
        });
        root.put("file_bytes_before", r.fileBytesBefore());
        root.put("file_bytes_after", r.fileBytesAfter());
        return root;
    }

    private static int fail(PrintWriter err, String message) {
        err.println("trailmark: error: " + message);
        err.flush();
        return 1;
    }
}
