package org.trailmark.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.trailmark.model.ConsentReference;
import org.trailmark.model.EventKind;
import org.trailmark.model.MediaSegment;
import org.trailmark.model.Screen;
import org.trailmark.model.ScreenMedia;
import org.trailmark.model.SessionInfo;
import org.trailmark.store.SessionSummary;

/** The JSON shape of a session summary, shared by {@code sessions --json} and {@code info --json}. */
final class SessionJson {
    private SessionJson() {
    }

    static ObjectNode summary(SessionSummary s) {
        SessionInfo info = s.info();
        ObjectNode node = Json.object();
        node.put("id", info.id());
        node.put("subject", info.subject());
        node.put("format", info.sourceFormat());
        node.put("start", info.start().toString());
        node.put("events", s.events());
        node.put("duration_ms", s.durationMs());
        ArrayNode apps = node.putArray("apps");
        s.apps().forEach(apps::add);
        node.put("status", s.status().wireName());
        return node;
    }

    static ObjectNode detail(SessionSummary s) {
        ObjectNode node = summary(s);
        ObjectNode counts = node.putObject("counts");
        for (EventKind kind : EventKind.values()) {
            counts.put(kind.wireName(), s.count(kind));
        }
        SessionInfo info = s.info();
        ArrayNode screens = node.putArray("screens");
        for (Screen screen : info.screens()) {
            ObjectNode sn = screens.addObject();
            sn.put("id", screen.id());
            sn.put("x", screen.x());
            sn.put("y", screen.y());
            sn.put("width", screen.width());
            sn.put("height", screen.height());
            sn.put("scale", screen.scale());
        }
        ObjectNode capture = node.putObject("capture");
        capture.put("tool", info.captureTool());
        capture.put("version", info.captureToolVersion());
        ConsentReference consent = info.consent();
        if (consent == null) {
            node.putNull("consent");
        } else {
            ObjectNode cn = node.putObject("consent");
            cn.put("policy", consent.policyId());
            cn.put("version", consent.policyVersion());
            ArrayNode purposes = cn.putArray("purposes");
            consent.purposes().forEach(purposes::add);
            cn.put("granted", consent.grantedAt() == null ? null : consent.grantedAt().toString());
        }
        node.put("suggested_instruction", info.suggestedInstruction());
        node.put("imported_at", s.importedAt() == null ? null : s.importedAt().toString());
        node.put("source", s.sourcePath());
        return node;
    }

    /** The screen media a session carries, as {@code info --json} lists them. */
    static ArrayNode media(List<ScreenMedia> media) {
        ArrayNode array = Json.array();
        for (ScreenMedia m : media) {
            ObjectNode node = array.addObject();
            node.put("kind", m.kind().key());
            node.put("sha256", m.sha256());
            node.put("width", m.width());
            node.put("height", m.height());
            node.put("fps", m.fps());
            node.put("frames", m.frames());
            node.put("start_ms", m.startMs());
            node.put("end_ms", m.endMs());
            node.put("source_name", m.sourceName());
            ArrayNode segments = node.putArray("segments");
            for (MediaSegment segment : m.segments()) {
                segments.addObject().put("session_start_ms", segment.sessionStartMs())
                        .put("media_start_ms", segment.mediaStartMs()).put("duration_ms", segment.durationMs());
            }
        }
        return array;
    }
}
