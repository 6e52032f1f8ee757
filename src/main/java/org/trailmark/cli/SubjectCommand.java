package org.trailmark.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.trailmark.model.ConsentPurpose;
import org.trailmark.model.ConsentRecord;
import org.trailmark.model.ConsentState;
import org.trailmark.model.Flag;
import org.trailmark.model.ScreenRegion;
import org.trailmark.review.Times;
import org.trailmark.store.DatasetExports;
import org.trailmark.store.LegalHold;
import org.trailmark.store.SessionSummary;
import org.trailmark.store.Workspace;
import org.trailmark.subject.SeenBy;
import org.trailmark.subject.SubjectOverview;
import org.trailmark.subject.SubjectService;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "subject", description = "What a recorded person (data subject) can see and do with their own"
        + " data: an overview, private marks, withdrawal of training consent and a portable copy; and, for a"
        + " reviewer, assigning a recording that named nobody to its person.",
        subcommands = {SubjectCommand.Overview.class, SubjectCommand.Export.class, SubjectCommand.Private.class,
                SubjectCommand.Withdraw.class, SubjectAssignCommand.class})
final class SubjectCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The subject services refuse with plain, content-free messages; on the command line they are user errors. */
    static <T> T plainly(Supplier<T> action) {
        try {
            return action.get();
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    @Command(name = "overview", description = "Say in plain words what this workspace holds about SUBJECT.")
    static final class Overview implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "SUBJECT", description = "Pseudonymous subject id.")
        String subject;

        @Option(names = "--json", description = "Print the overview as a JSON object.")
        boolean json;

        @Override
        public Integer call() {
            ConsentCommand.requireSubject(subject);
            PrintWriter out = spec.commandLine().getOut();
            try (Workspace workspace = common.openWorkspace()) {
                SubjectService service = new SubjectService(workspace, subject);
                SubjectOverview o = service.overview();
                if (json) {
                    Json.print(out, json(o, service.sessions(), service.holdHistory()));
                    return 0;
                }
                for (String sentence : o.plainSentences()) {
                    out.println(sentence);
                }
                out.flush();
                return 0;
            }
        }

        private static ObjectNode json(SubjectOverview o, List<SessionSummary> sessions, List<LegalHold> holdHistory) {
            ObjectNode n = Json.object();
            n.put("subject", o.subject());
            n.put("sessions", o.sessions());
            ArrayNode ids = n.putArray("session_ids");
            sessions.forEach(s -> ids.add(s.id()));
            n.put("days", o.days());
            n.put("captured_ms", o.capturedMs());
            ArrayNode apps = n.putArray("apps");
            o.apps().forEach(apps::add);
            n.put("keystrokes", o.keystrokes());
            n.put("clicks", o.clicks());
            n.put("scrolls", o.scrolls());
            n.put("window_switches", o.windowSwitches());
            n.put("tasks", o.tasks());
            ObjectNode labels = n.putObject("task_labels");
            new java.util.TreeMap<>(o.taskLabels()).forEach(labels::put);
            ObjectNode flags = n.putObject("flags_by_category");
            new java.util.TreeMap<>(o.flagsByCategory()).forEach(flags::put);
            n.put("private_marks", o.privateMarks());
            ArrayNode exports = n.putArray("exports");
            for (DatasetExports.DatasetExport e : o.exports()) {
                ObjectNode x = exports.addObject();
                x.put("export_id", e.exportId());
                x.put("at", e.at().toString());
                x.put("session_id", e.sessionId());
                x.put("folder", e.folderName());
            }
            ObjectNode consent = n.putObject("consent");
            for (ConsentPurpose p : ConsentPurpose.values()) {
                consent.put(p.wireName(), o.consentStatus(p).wireName());
            }
            ArrayNode views = n.putArray("views");
            for (SeenBy v : o.views()) {
                ObjectNode x = views.addObject();
                x.put("user", v.user());
                x.put("role", v.role());
                x.put("purpose", v.purpose().wireName());
                x.put("first", v.first().toString());
                x.put("last", v.last().toString());
                x.put("count", v.accesses());
                x.put("sessions", v.sessions());
                ArrayNode actions = x.putArray("actions");
                v.actions().stream().sorted().forEach(a -> actions.add(a.wireName()));
            }
            ArrayNode holds = n.putArray("holds");
            holdHistory.forEach(h -> hold(holds.addObject(), h));
            ArrayNode sentences = n.putArray("sentences");
            o.plainSentences().forEach(sentences::add);
            return n;
        }

        /** As My data shows a hold: the reason of an open one; a released hold is history without it. */
        private static void hold(ObjectNode x, LegalHold h) {
            x.put("id", h.id());
            x.put("scope", h.onSubject() ? "subject" : "session");
            x.put("session", h.sessionId());
            x.put("placed_at", h.placedAt().toString());
            x.put("released_at", h.isOpen() ? null : h.releasedAt().toString());
            x.put("reason", h.isOpen() ? h.reason() : null);
        }
    }

    @Command(name = "export", description = "Write everything about SUBJECT to one JSON archive (their sessions"
            + " with other people's data redacted, tasks, flags, screen media listed, consent records, audit entries,"
            + " a README); with --with-media the screen recordings too.")
    static final class Export implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "SUBJECT", description = "Pseudonymous subject id.")
        String subject;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The archive to write.")
        Path out;

        @Option(names = "--force", description = "Replace FILE if it exists.")
        boolean force;

        @Option(names = "--with-media", description = "Also copy the screen recordings (videos, screenshots) into"
                + " FILE.media/ beside the archive; without it the archive only lists them.")
        boolean withMedia;

        @Override
        public Integer call() {
            ConsentCommand.requireSubject(subject);
            Path file = OutputFile.check(out, "--out", force);
            PrintWriter printer = spec.commandLine().getOut();
            try (Workspace workspace = common.openWorkspace()) {
                SubjectService service = new SubjectService(workspace, subject);
                int sessions = service.sessions().size();
                int mediaFiles;
                try {
                    mediaFiles = service.writeArchive(file, withMedia);
                } catch (UncheckedIOException e) {
                    throw new UserError("could not write " + file + " (" + FileProblem.describe(e) + ")");
                }
                printer.printf("Wrote %s: %d session%s of %s.%n", file, sessions, sessions == 1 ? "" : "s", subject);
                if (withMedia) {
                    printer.printf("Screen media: %d file%s in %s%n", mediaFiles, mediaFiles == 1 ? "" : "s",
                            file.resolveSibling(file.getFileName() + ".media"));
                }
                printer.flush();
                return 0;
            }
        }
    }

    @Command(name = "private", description = "Mark a stretch of SESSION (or all of it) private for its subject:"
            + " reviewers cannot see, reject or remove it, and no export takes it. With --rect, only that area of"
            + " the screen is private during the stretch."
            + "%nTimes T: milliseconds (12500), seconds (12.5s) or hh:mm:ss.mmm.")
    static final class Private implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "SESSION", description = "Session id.")
        String sessionId;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Extent extent;

        static final class Extent {
            @ArgGroup(exclusive = false)
            Span span;

            @Option(names = "--whole", required = true, description = "Mark the whole session private.")
            boolean whole;
        }

        @Option(names = "--rect", paramLabel = "X,Y,W,H", converter = RectArgument.class,
                description = "Only this area of the screen (screen pixels of the captured display), not everything.")
        ScreenRegion rect;

        static final class Span {
            @Option(names = "--from", required = true, paramLabel = "T", converter = TimeArgument.class,
                    description = "Where the private stretch starts.")
            int from;

            @Option(names = "--to", required = true, paramLabel = "T", converter = TimeArgument.class,
                    description = "Where it ends (exclusive).")
            int to;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Workspace workspace = common.openWorkspace()) {
                ReviewCli.requireSession(workspace, sessionId);
                String subject = workspace.sessions().find(sessionId).orElseThrow().subject();
                SubjectService service = new SubjectService(workspace, subject);
                Flag mark = plainly(() -> extent.whole ? service.markSessionPrivate(sessionId, rect)
                        : service.markPrivate(sessionId, extent.span.from, extent.span.to, rect));
                out.printf("Marked %s%s of %s private for %s (flag %d).%n",
                        rect == null ? "" : "region " + rect + " during ",
                        extent.whole ? "all" : Times.span(mark.startMs(), mark.endMs()), sessionId, subject,
                        mark.id());
                out.flush();
                return 0;
            }
        }
    }

    @Command(name = "withdraw", description = "Record that SUBJECT withdraws consent to training use, as the"
            + " subject: no later export takes any of their sessions.")
    static final class Withdraw implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "SUBJECT", description = "Pseudonymous subject id.")
        String subject;

        @Override
        public Integer call() {
            ConsentCommand.requireSubject(subject);
            PrintWriter out = spec.commandLine().getOut();
            try (Workspace workspace = common.openWorkspace()) {
                SubjectService service = new SubjectService(workspace, subject);
                Map<ConsentPurpose, ConsentState> before = service.consent();
                List<ConsentRecord> written = service.withdrawTraining();
                if (written.isEmpty() && before.get(ConsentPurpose.TRAINING).status()
                        == org.trailmark.model.ConsentStatus.WITHDRAWN) {
                    out.printf("%s had already withdrawn training; nothing changed.%n", subject);
                } else {
                    int sessions = service.sessions().size();
                    out.printf("Recorded: %s withdraws training. %d session%s of %s will not be exported.%n",
                            subject, sessions, sessions == 1 ? "" : "s", subject);
                }
                out.println(service.withdrawalMeaning());
                out.flush();
                return 0;
            }
        }
    }
}
