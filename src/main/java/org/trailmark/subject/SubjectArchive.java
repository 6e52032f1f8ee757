package org.trailmark.subject;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.IntFunction;
import org.trailmark.io.NativeSessionWriter;
import org.trailmark.model.ConsentRecord;
import org.trailmark.model.ContextSpan;
import org.trailmark.model.Flag;
import org.trailmark.model.Screen;
import org.trailmark.model.SessionAccess;
import org.trailmark.model.SessionLog;
import org.trailmark.model.Task;
import org.trailmark.store.AuditEntry;
import org.trailmark.store.ConsentReceipt;
import org.trailmark.store.DatasetExports;
import org.trailmark.store.OwnerOnlyFiles;
import org.trailmark.store.SessionSummary;
import org.trailmark.store.Workspace;

/**
 * The portable copy of one subject's data (GDPR Art. 15 and 20): one JSON object, fields always in
 * the same order, events in the native capture format's field names. It is streamed, since a
 * workday session holds millions of events, and written beside the target, then moved into place,
 * so a reader never sees half a file.
 */
final class SubjectArchive {
    static final String FORMAT = "trailmark-subject-archive";
    static final int VERSION = 1;

    static final String README = String.join("\n",
            "This file is a copy of everything this Trailmark workspace holds about you, for you to keep or to"
                    + " give to another service. It is plain JSON.",
            "",
            "What each part means:",
            "- subject: the pseudonymous id your recordings carry.",
            "- consent: every record of what you agreed to (purpose 'capture' = being recorded, 'training' ="
                    + " using the recordings to train AI models), when, and when you withdrew it.",
            "- sessions: each recording of your computer use: when it started, how long it ran, the"
                    + " applications and screens, and every event (pointer moves, clicks, scrolls, keys with the"
                    + " text they typed, window changes) with its time in milliseconds from the start. Where a"
                    + " reviewer marked other people's data (category third_party), those keys are left out and"
                    + " window titles read '" + ThirdPartyRedaction.REDACTED_TITLE + "'; everything you typed"
                    + " yourself is here, passwords included, so keep this file safe.",
            "- sessions[].context: what an activity tracker (ActivityWatch) saw during the recording, added"
                    + " with the session: which window had focus (app and title), when you were away from the"
                    + " keyboard (afk), and which browser tab was open (title and address), in milliseconds from"
                    + " the session's start.",
            "- sessions[].tasks: the tasks reviewers marked in the recording, with their instructions and labels.",
            "- sessions[].media: the screen recordings made with the session (videos or screenshots): each"
                    + " file's SHA-256, the time span it covers in milliseconds from the session's start, its size."
                    + " The files themselves are included only when you ask for them (--with-media, or 'with"
                    + " screen recordings' in 'My data'): they then lie in the folder beside this file named in"
                    + " 'files'. Recordings of a session where a reviewer marked other people's data are left out"
                    + " ('withheld' says why).",
            "- sessions[].flags: stretches marked sensitive, by reviewers, by automatic detectors (source"
                    + " 'detector') or by you (source 'subject'). Flagged stretches are always left out of"
                    + " training datasets. A flag with a region (x, y, width, height in screen pixels) covers"
                    + " only that area of the screen during its stretch.",
            "- audit: the log of what was done with your data: imports, who viewed or edited a session,"
                    + " consent changes, exports. It never holds what you typed.",
            "- exports: every training dataset that included one of your sessions, with its export id, so"
                    + " the people who keep that dataset can be asked to remove it.",
            "- views: who opened, replayed, revealed hidden parts of, labelled, flagged or exported your sessions:"
                    + " their name (or database user), role, why (purpose), what they did, first and last time, and"
                    + " how often within that minute or more. Your own looks are listed with purpose"
                    + " 'subject_self_access'.",
            "- consent_receipts: a receipt for each time consent was given or withdrawn, as issued (fields after"
                    + " ISO/IEC TS 27560). Each carries a SHA-256 checksum over its other fields (canonical JSON:"
                    + " keys sorted, no spaces, UTF-8), so anyone can check that a copy is unchanged.",
            "",
            "Your choices: in Trailmark's 'My data' view, or with 'trailmark subject withdraw <subject>', you can"
                    + " withdraw your consent to training use: no later dataset will include your sessions."
                    + " With 'trailmark erase --subject <subject>' (or 'Erase' in 'My data') your recordings,"
                    + " their tasks and flags are deleted for good; only a note that an erasure happened stays"
                    + " in the audit log.");

    private final SubjectService service;
    private final Clock clock;
    private final boolean withMedia;
    private ArchiveMedia media;

    SubjectArchive(SubjectService service, Clock clock, boolean withMedia) {
        this.service = service;
        this.clock = clock;
        this.withMedia = withMedia;
    }

    /**
     * Writes the archive and, with media, the files beside it ({@link ArchiveMedia}).
     *
     * @return how many sessions went in
     */
    int write(Path file) {
        media = new ArchiveMedia(service.workspace(), withMedia ? ArchiveMedia.folderFor(file) : null);
        int sessions;
        try {
            sessions = OwnerOnlyFiles.replaceWhole(file, out -> {
                try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
                    return writeArchive(g);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the archive " + file.toAbsolutePath(), e);
        }
        try {
            media.copyFiles();
        } catch (IOException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the archive lists files that are not there; the error below says it failed
            }
            throw new UncheckedIOException("could not copy screen media beside the archive "
                    + file.toAbsolutePath(), e);
        }
        return sessions;
    }

    /** How many media files the last {@link #write} put beside the archive. */
    int mediaFiles() {
        return media == null ? 0 : media.files();
    }

    private int writeArchive(JsonGenerator g) throws IOException {
        Workspace ws = service.workspace();
        List<SessionSummary> sessions = service.sessions();
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        g.writeNumberField("version", VERSION);
        g.writeStringField("subject", service.subject());
        g.writeStringField("created_at", Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString());
        g.writeStringField("readme", README);

        g.writeArrayFieldStart("consent");
        for (ConsentRecord r : ws.consent().records(service.subject())) {
            consent(g, r);
        }
        g.writeEndArray();

        g.writeArrayFieldStart("sessions");
        for (SessionSummary s : sessions) {
            session(g, ws, s);
        }
        g.writeEndArray();

        g.writeArrayFieldStart("audit");
        for (AuditEntry e : service.auditAboutMe()) {
            g.writeStartObject();
            g.writeNumberField("id", e.id());
            g.writeStringField("at", e.at().toString());
            g.writeStringField("actor", e.actor());
            g.writeStringField("action", e.action());
            g.writeStringField("session_id", e.sessionId());
            g.writeStringField("detail", e.detail());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("exports");
        for (DatasetExports.DatasetExport e : service.exports()) {
            g.writeStartObject();
            g.writeStringField("export_id", e.exportId());
            g.writeStringField("at", e.at().toString());
            g.writeStringField("session_id", e.sessionId());
            g.writeStringField("folder", e.folderName());
            g.writeStringField("exported_by", e.actor());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("views");
        for (SessionAccess a : service.accessRows()) {
            g.writeStartObject();
            g.writeStringField("session_id", a.sessionId());
            g.writeStringField("user", a.user());
            g.writeStringField("role", a.role());
            g.writeStringField("purpose", a.purpose().wireName());
            g.writeStringField("action", a.action().wireName());
            g.writeStringField("first", a.first().toString());
            g.writeStringField("last", a.last().toString());
            g.writeNumberField("count", a.count());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("consent_receipts");
        for (ConsentReceipt r : service.receipts()) {
            // as issued, byte for byte, so that its checksum still verifies
            g.writeRawValue(r.document());
        }
        g.writeEndArray();
        g.writeEndObject();
        return sessions.size();
    }

    private static void consent(JsonGenerator g, ConsentRecord r) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", r.id());
        g.writeStringField("purpose", r.purpose().wireName());
        g.writeStringField("policy", r.policyId());
        g.writeStringField("policy_version", r.policyVersion());
        g.writeStringField("granted_at", r.grantedAt() == null ? null : r.grantedAt().toString());
        g.writeStringField("withdrawn_at", r.withdrawnAt() == null ? null : r.withdrawnAt().toString());
        g.writeStringField("recorded_by", r.recordedBy());
        g.writeStringField("source", r.source());
        g.writeEndObject();
    }

    private void session(JsonGenerator g, Workspace ws, SessionSummary s) throws IOException {
        List<Flag> flags = ws.flags().ofSession(s.id());
        g.writeStartObject();
        g.writeStringField("id", s.id());
        g.writeStringField("start", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(s.info().start()));
        g.writeNumberField("duration_ms", s.durationMs());
        g.writeStringField("review_status", s.status().wireName());
        g.writeArrayFieldStart("apps");
        for (String app : s.apps()) {
            g.writeString(app);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("screens");
        for (Screen sc : s.info().screens()) {
            g.writeStartObject();
            g.writeNumberField("id", sc.id());
            g.writeNumberField("x", sc.x());
            g.writeNumberField("y", sc.y());
            g.writeNumberField("width", sc.width());
            g.writeNumberField("height", sc.height());
            g.writeNumberField("scale", sc.scale());
            g.writeEndObject();
        }
        g.writeEndArray();
        SessionLog log = ThirdPartyRedaction.apply(ws.sessions().loadLog(s.id()), flags);
        g.writeArrayFieldStart("events");
        // the native format's own writer: the same fields in the same order as a capture file's lines
        IntFunction<String> eventJson = NativeSessionWriter.eventJson(log);
        for (int i = 0; i < log.size(); i++) {
            g.writeRawValue(eventJson.apply(i));
        }
        g.writeEndArray();
        // what a context tracker (ActivityWatch) saw during the session: titles and URLs are theirs too
        g.writeArrayFieldStart("context");
        for (ContextSpan c : ThirdPartyRedaction.context(ws.context().ofSession(s.id()), flags)) {
            g.writeStartObject();
            g.writeStringField("kind", c.kind().key());
            g.writeNumberField("start_ms", c.startMs());
            g.writeNumberField("end_ms", c.endMs());
            g.writeStringField("app", c.app());
            g.writeStringField("title", c.title());
            g.writeStringField("url", c.url());
            g.writeStringField("source", c.source());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("tasks");
        for (Task t : ws.review().tasks(s.id())) {
            g.writeStartObject();
            g.writeNumberField("id", t.id());
            g.writeNumberField("start_ms", t.startMs());
            g.writeNumberField("end_ms", t.endMs());
            g.writeStringField("instruction", t.instruction());
            g.writeStringField("label", t.label());
            g.writeStringField("outcome", t.outcome() == null ? null : t.outcome().wireName());
            g.writeStringField("notes", t.notes());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("flags");
        for (Flag f : flags) {
            g.writeStartObject();
            g.writeNumberField("id", f.id());
            g.writeNumberField("start_ms", f.startMs());
            g.writeNumberField("end_ms", f.endMs());
            g.writeStringField("category", f.category().wireName());
            g.writeStringField("source", f.source().wireName());
            g.writeStringField("status", f.status().wireName());
            g.writeStringField("reason", f.reason());
            g.writeStringField("detector", f.detector());
            if (f.confidence() == null) {
                g.writeNullField("confidence");
            } else {
                g.writeNumberField("confidence", f.confidence());
            }
            if (f.isRegion()) {
                g.writeObjectFieldStart("region");
                g.writeNumberField("x", f.region().x());
                g.writeNumberField("y", f.region().y());
                g.writeNumberField("width", f.region().width());
                g.writeNumberField("height", f.region().height());
                g.writeEndObject();
            } else {
                g.writeNullField("region");
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        media.write(g, s.id(), flags);
        g.writeEndObject();
    }
}
