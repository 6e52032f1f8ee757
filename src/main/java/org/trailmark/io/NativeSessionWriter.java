package org.trailmark.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.function.IntFunction;
import org.trailmark.model.ConsentReference;
import org.trailmark.model.EventKind;
import org.trailmark.model.FieldRole;
import org.trailmark.model.PointerButton;
import org.trailmark.model.Screen;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionLog;

/**
 * Writes a session in the native capture format, v1 (docs/session-format.md): gzip when the
 * file name ends in {@code .gz}. Keys come in the documented order and the gzip header has no
 * time stamp, so the same session always gives the same bytes. The file appears complete or not
 * at all: it is written beside the target and moved into place.
 */
public final class NativeSessionWriter {
    /**
     * Measured on a 1 M-event session (docs/session-format.md, "Performance"): level 4 writes in
     * half the time of zlib's default 6 for a file 9 % larger, and level 1 is 15 % larger again.
     */
    static final int GZIP_LEVEL = 4;
    private static final int FLUSH_AT = 192 * 1024;

    /** Seconds always, and at least milliseconds, so start times line up in a listing. */
    static final DateTimeFormatter START_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral('T')
            .appendPattern("HH:mm:ss").appendFraction(ChronoField.NANO_OF_SECOND, 3, 9, true)
            .appendOffset("+HH:MM", "Z").toFormatter();
    /** Seconds always; a fraction only when there is one. */
    static final DateTimeFormatter INSTANT_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral('T')
            .appendPattern("HH:mm:ss").appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .appendOffset("+HH:MM", "Z").toFormatter();

    private static final byte[][] TYPE_PREFIX = new byte[EventKind.values().length][];

    static {
        for (EventKind kind : EventKind.values()) {
            TYPE_PREFIX[kind.code()] = (",\"type\":\"" + kind.wireName() + "\"").getBytes(StandardCharsets.US_ASCII);
        }
    }

    private NativeSessionWriter() {
    }

    public static void write(SessionInfo info, SessionLog log, Path file) throws IOException {
        write(info, log, List.of(), file, GZIP_LEVEL);
    }

    /**
     * With the screen media the session carries; their files must lie in the capture's folder (or
     * below it) and are written relative to it.
     *
     * @throws IllegalArgumentException when a media file lies outside the capture's folder
     */
    public static void write(SessionInfo info, SessionLog log, List<MediaReference> media, Path file)
            throws IOException {
        write(info, log, media, file, GZIP_LEVEL);
    }

    /** With a chosen gzip level, for the benchmark that picks the default. */
    static void write(SessionInfo info, SessionLog log, Path file, int gzipLevel) throws IOException {
        write(info, log, List.of(), file, gzipLevel);
    }

    private static void write(SessionInfo info, SessionLog log, List<MediaReference> media, Path file, int gzipLevel)
            throws IOException {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        // checked before anything is written, so a refused reference leaves no file behind
        NativeJsonBytes headerLine = new NativeJsonBytes(1024);
        header(info, media, folder, NativeFormat.versionFor(log, media), headerLine);
        Files.createDirectories(folder);
        // Not Files.createTempFile: that makes the file owner-only (0600), and a written capture should
        // get the same permissions as any other file the user creates.
        Path part = folder.resolve("." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".part");
        try {
            try (OutputStream os = Files.newOutputStream(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                if (NativeFormat.isGzipName(target)) {
                    NativeGzipOutputStream gzip = new NativeGzipOutputStream(os, gzipLevel);
                    headerLine.writeTo(gzip);
                    writeEvents(log, gzip);
                    gzip.finish();
                } else {
                    headerLine.writeTo(os);
                    writeEvents(log, os);
                }
            }
            try {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** Writes the uncompressed lines to a stream that the caller closes. */
    static void writeTo(SessionInfo info, SessionLog log, OutputStream out) throws IOException {
        NativeJsonBytes bytes = new NativeJsonBytes(1024);
        header(info, List.of(), null, NativeFormat.versionFor(log, List.of()), bytes);
        bytes.writeTo(out);
        writeEvents(log, out);
    }

    private static void writeEvents(SessionLog log, OutputStream out) throws IOException {
        NativeJsonBytes bytes = new NativeJsonBytes(FLUSH_AT + 64 * 1024);
        byte[][] encoded = new byte[log.stringCount()][];
        NativeJsonBytes scratch = new NativeJsonBytes(256);
        for (int i = 0; i < log.size(); i++) {
            event(log, i, bytes, encoded, scratch);
            if (bytes.size() >= FLUSH_AT) {
                bytes.writeTo(out);
                bytes.reset();
            }
        }
        bytes.writeTo(out);
    }

    private static void header(SessionInfo info, List<MediaReference> media, Path folder, String version,
                               NativeJsonBytes out) {
        out.ascii("{\"format\":").string(NativeFormat.FORMAT_ID)
                .ascii(",\"version\":").string(version)
                .ascii(",\"session\":").string(info.id())
                .ascii(",\"subject\":").string(info.subject())
                .ascii(",\"start\":").string(START_TIME.format(info.start()))
                .ascii(",\"time_unit\":\"ms\",\"screens\":[");
        boolean first = true;
        for (Screen s : info.screens()) {
            out.ascii(first ? "{\"id\":" : ",{\"id\":").integer(s.id())
                    .ascii(",\"x\":").integer(s.x()).ascii(",\"y\":").integer(s.y())
                    .ascii(",\"width\":").integer(s.width()).ascii(",\"height\":").integer(s.height())
                    .ascii(",\"scale\":").ascii(Double.toString(s.scale())).ascii("}");
            first = false;
        }
        out.ascii("]");
        if (info.captureTool() != null || info.captureToolVersion() != null) {
            out.ascii(",\"capture\":{");
            boolean any = false;
            if (info.captureTool() != null) {
                out.ascii("\"tool\":").string(info.captureTool());
                any = true;
            }
            if (info.captureToolVersion() != null) {
                out.ascii(any ? ",\"version\":" : "\"version\":").string(info.captureToolVersion());
            }
            out.ascii("}");
        }
        ConsentReference consent = info.consent();
        if (consent != null) {
            out.ascii(",\"consent\":{\"policy\":").string(consent.policyId())
                    .ascii(",\"version\":").string(consent.policyVersion())
                    .ascii(",\"purposes\":[");
            for (int i = 0; i < consent.purposes().size(); i++) {
                if (i > 0) {
                    out.ascii(",");
                }
                out.string(consent.purposes().get(i));
            }
            out.ascii("],\"granted\":").string(formatInstant(consent.grantedAt())).ascii("}");
        }
        if (info.suggestedInstruction() != null) {
            out.ascii(",\"task\":").string(info.suggestedInstruction());
        }
        NativeMedia.write(media, folder, out);
        out.ascii("}\n");
    }

    private static String formatInstant(OffsetDateTime time) {
        return INSTANT_TIME.format(time);
    }

    /**
     * Each event of the log as the JSON object of its native line (no newline), for files that embed
     * events in another document, so they keep the format's fields and order.
     */
    public static IntFunction<String> eventJson(SessionLog log) {
        byte[][] encoded = new byte[log.stringCount()][];
        NativeJsonBytes scratch = new NativeJsonBytes(256);
        NativeJsonBytes line = new NativeJsonBytes(256);
        return i -> {
            line.reset();
            event(log, i, line, encoded, scratch);
            byte[] bytes = line.toByteArray();
            return new String(bytes, 0, bytes.length - 1, StandardCharsets.UTF_8);
        };
    }

    private static void event(SessionLog log, int i, NativeJsonBytes out, byte[][] encoded, NativeJsonBytes scratch) {
        byte code = log.kindCode(i);
        out.ascii("{\"t\":").integer(log.time(i)).raw(TYPE_PREFIX[code]);
        switch (EventKind.ofCode(code)) {
            case POINTER_MOVE -> out.ascii(",\"x\":").integer(log.x(i)).ascii(",\"y\":").integer(log.y(i));
            case BUTTON_DOWN, BUTTON_UP -> out.ascii(",\"button\":\"")
                    .ascii(PointerButton.ofIndex(log.a(i)).wireName())
                    .ascii("\",\"x\":").integer(log.x(i)).ascii(",\"y\":").integer(log.y(i));
            case WHEEL -> out.ascii(",\"x\":").integer(log.x(i)).ascii(",\"y\":").integer(log.y(i))
                    .ascii(",\"dx\":").integer(log.a(i)).ascii(",\"dy\":").integer(log.b(i));
            case KEY_DOWN, KEY_UP -> {
                // The code is required by the format; a capture that had none gets the W3C empty code.
                int codeId = log.a(i);
                out.ascii(",\"code\":");
                if (codeId == SessionLog.NO_STRING) {
                    out.ascii("\"\"");
                } else {
                    out.raw(string(log, codeId, encoded, scratch));
                }
                optionalString(log, ",\"text\":", log.b(i), out, encoded, scratch);
            }
            case FOCUS -> {
                optionalString(log, ",\"app\":", log.a(i), out, encoded, scratch);
                optionalString(log, ",\"title\":", log.b(i), out, encoded, scratch);
            }
            case FIELD -> {
                out.ascii(",\"role\":\"").ascii(FieldRole.ofIndex(log.a(i)).wireName()).ascii("\"");
                optionalString(log, ",\"label\":", log.b(i), out, encoded, scratch);
            }
            case MARKER -> optionalString(log, ",\"label\":", log.a(i), out, encoded, scratch);
            case CLIPBOARD -> {
                out.ascii(",\"length\":").integer(log.a(i));
                optionalString(log, ",\"text\":", log.b(i), out, encoded, scratch);
            }
            case PAUSE, RESUME -> {
                // time and type say it all
            }
        }
        out.ascii("}\n");
    }

    private static void optionalString(SessionLog log, String key, int id, NativeJsonBytes out, byte[][] encoded,
                                       NativeJsonBytes scratch) {
        if (id != SessionLog.NO_STRING) {
            out.ascii(key).raw(string(log, id, encoded, scratch));
        }
    }

    /** The quoted, escaped UTF-8 form of a string, made once per string however often it is used. */
    private static byte[] string(SessionLog log, int id, byte[][] encoded, NativeJsonBytes scratch) {
        byte[] bytes = encoded[id];
        if (bytes == null) {
            scratch.reset();
            scratch.string(log.string(id));
            bytes = scratch.toByteArray();
            encoded[id] = bytes;
        }
        return bytes;
    }
}
