package org.trailmark.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.trailmark.model.ConsentReference;
import org.trailmark.model.EventKind;
import org.trailmark.model.Flag;
import org.trailmark.model.MediaKind;
import org.trailmark.model.Screen;
import org.trailmark.model.ScreenMedia;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SubjectIds;
import org.trailmark.store.SessionSummary;
import org.trailmark.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "info", description = "Show what a session holds: subject, time, screens, screen media, event counts by kind.")
final class InfoCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SESSION", description = "Session id (see `trailmark sessions`).")
    String sessionId;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = common.openWorkspace()) {
            SessionSummary s = workspace.sessions().find(sessionId)
                    .orElseThrow(() -> new UserError("no session '" + sessionId + "' in " + workspace.where()
                            + " (list them with: trailmark sessions)"));
            List<Flag> flags = workspace.flags().ofSession(sessionId);
            long regions = flags.stream().filter(Flag::isRegion).count();
            List<ScreenMedia> media = workspace.media().ofSession(sessionId);
            if (json) {
                ObjectNode node = SessionJson.detail(s);
                node.putObject("flags").put("total", flags.size()).put("region", regions);
                node.set("media", SessionJson.media(media));
                node.set("context", ContextJson.of(workspace.context().ofSession(sessionId),
                        workspace.context().captureHost(sessionId).orElse(null)));
                Json.print(out, node);
            } else {
                printText(out, s, media);
                out.printf("Context     %s%n", ContextJson.line(workspace.context().ofSession(sessionId)));
                out.printf("Flags       %d%s%n", flags.size(), regions == 0 ? ""
                        : " (" + regions + " over an area of the screen; list them with `trailmark flags " + sessionId
                        + "`)");
                out.flush();
            }
            return 0;
        }
    }

    private static void printText(PrintWriter out, SessionSummary s, List<ScreenMedia> media) {
        SessionInfo info = s.info();
        out.printf("Session     %s%n", info.id());
        out.printf("Subject     %s%s%n", info.subject(), SubjectIds.isUnassigned(info.subject())
                ? " (no person assigned: never exported; name them with `trailmark subject assign " + info.id()
                + " SUBJECT`)" : "");
        out.printf("Format      %s%n", info.sourceFormat());
        out.printf("Start       %s%n", info.start());
        out.printf("Duration    %s%n", Formats.duration(s.durationMs()));
        out.printf("Events      %,d%n", s.events());
        for (EventKind kind : EventKind.values()) {
            out.printf("  %-13s %,12d%n", kind.wireName(), s.count(kind));
        }
        out.printf("Apps        %s%n", s.apps().isEmpty() ? "(no focus events)" : String.join(", ", s.apps()));
        for (Screen screen : info.screens()) {
            out.printf("Screen %-4d %dx%d at (%d,%d), scale %.2f%n", screen.id(), screen.width(), screen.height(),
                    screen.x(), screen.y(), screen.scale());
        }
        for (ScreenMedia m : media) {
            out.println(mediaLine(m));
        }
        if (info.captureTool() != null) {
            out.printf("Captured by %s %s%n", info.captureTool(),
                    info.captureToolVersion() == null ? "" : info.captureToolVersion());
        }
        ConsentReference consent = info.consent();
        out.printf("Consent     %s%n", consent == null ? "(none stated in the capture)"
                : consent.policyId() + "@" + consent.policyVersion() + " for " + String.join(", ", consent.purposes()));
        if (info.suggestedInstruction() != null) {
            out.printf("Suggested task  %s%n", info.suggestedInstruction());
        }
        out.printf("Status      %s%n", s.status().label());
        out.printf("Imported    %s from %s%n", s.importedAt(), s.sourcePath());
        out.flush();
    }

    /** e.g. "Screen video 1276x718, 30 fps, 3,678 frames, from -0:06.224 to 1:56.396 (screen.mp4)". */
    static String mediaLine(ScreenMedia m) {
        String what = m.kind() == MediaKind.VIDEO
                ? String.format("Screen video %dx%d, %s fps, %,d frames", m.width(), m.height(), fps(m.fps()), m.frames())
                : String.format("Screenshots %,d, %dx%d", m.frames(), m.width(), m.height());
        String paused = m.segments().size() > 1 ? ", paused " + (m.segments().size() - 1) + "x" : "";
        return what + ", from " + signedDuration(m.startMs()) + " to " + signedDuration(m.endMs()) + paused
                + (m.sourceName() == null ? "" : " (" + m.sourceName() + ")");
    }

    private static String fps(double fps) {
        return fps == Math.rint(fps) ? String.valueOf((long) fps) : String.format("%.2f", fps);
    }

    private static String signedDuration(long ms) {
        return ms < 0 ? "-" + Formats.duration(-ms) : Formats.duration(ms);
    }
}
