package org.trailmark.io.ducktrack;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.trailmark.io.keys.KeyPlatform;
import org.trailmark.model.Screen;

/**
 * What a DuckTrack / AgentNet Tool {@code metadata.json} tells: the operating system, a
 * pseudonymous subject derived from the host name, the start time and the screen size. A missing
 * or broken file is a warning; every field has a fallback.
 *
 * @param subject    {@code host-} and 8 hex digits of the SHA-256 of {@code node} (the raw host
 *                   name is never kept), or null when the metadata names no host
 * @param start      the local {@code start_time} read in this machine's default time zone; null
 *                   when missing or unreadable
 * @param screens    one screen of {@code screen_width} x {@code screen_height} at scale 1.0, or none
 * @param obs        when the screen recording ran, on the events' clock ({@link ObsTimings})
 */
public record RecordingMetadata(KeyPlatform platform, String subject, OffsetDateTime start, List<Screen> screens,
                                ObsTimings obs) {

    private static final long MAX_BYTES = 1 << 20;
    private static final int MAX_SCREEN_SIDE = 100_000;
    private static final DateTimeFormatter LOCAL_TIME = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd")
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendLiteral('T').optionalEnd()
            .appendPattern("HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter();

    public RecordingMetadata {
        screens = List.copyOf(screens);
    }

    static RecordingMetadata none() {
        return new RecordingMetadata(KeyPlatform.UNKNOWN, null, null, List.of(), ObsTimings.none());
    }

    /** Reads {@code metadata.json}; problems go to the sink, and what could not be read is left empty. */
    public static RecordingMetadata read(Path file, ProblemSink sink) {
        if (!Files.isRegularFile(file)) {
            sink.warn(file, 0, "metadata.json is missing: start time, screen size and subject are unknown");
            return none();
        }
        JsonNode root;
        try {
            if (Files.size(file) > MAX_BYTES) {
                sink.warn(file, 0, "metadata.json is larger than 1 MB: ignored");
                return none();
            }
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            root = Json.MAPPER.readTree(text);
        } catch (JacksonException e) {
            sink.warn(file, 0, "metadata.json is not valid JSON: ignored");
            return none();
        } catch (IOException e) {
            sink.warn(file, 0, "metadata.json could not be read: ignored");
            return none();
        }
        if (root == null || !root.isObject()) {
            sink.warn(file, 0, "metadata.json is not a JSON object: ignored");
            return none();
        }
        KeyPlatform platform = KeyPlatform.ofSystemName(Json.text(root, "system").orElse(null));
        String subject = Json.text(root, "node").filter(s -> !s.isBlank()).map(RecordingMetadata::pseudonym).orElse(null);
        return new RecordingMetadata(platform, subject, startTime(root, file, sink), screens(root, file, sink),
                ObsTimings.read(root, file, sink));
    }

    private static OffsetDateTime startTime(JsonNode root, Path file, ProblemSink sink) {
        Optional<String> text = Json.text(root, "start_time");
        if (text.isEmpty()) {
            sink.warn(file, 0, "metadata.json has no start_time");
            return null;
        }
        try {
            LocalDateTime local = LocalDateTime.parse(text.get().trim(), LOCAL_TIME);
            return local.atZone(ZoneId.systemDefault()).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            sink.warn(file, 0, "metadata.json start_time is not a date and time (yyyy-MM-dd HH:mm:ss)");
            return null;
        }
    }

    private static List<Screen> screens(JsonNode root, Path file, ProblemSink sink) {
        Optional<Double> width = Json.finiteNumber(root, "screen_width");
        Optional<Double> height = Json.finiteNumber(root, "screen_height");
        if (width.isEmpty() || height.isEmpty()) {
            sink.warn(file, 0, "metadata.json has no usable screen_width/screen_height: screen size unknown");
            return List.of();
        }
        long w = Math.round(width.get());
        long h = Math.round(height.get());
        if (w <= 0 || h <= 0 || w > MAX_SCREEN_SIDE || h > MAX_SCREEN_SIDE) {
            sink.warn(file, 0, "metadata.json screen size out of range: screen size unknown");
            return List.of();
        }
        return List.of(new Screen(0, 0, 0, (int) w, (int) h, 1.0));
    }

    /** A stable pseudonym for a host name: the same machine always maps to the same id. */
    public static String pseudonym(String hostName) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(hostName.getBytes(StandardCharsets.UTF_8));
            return "host-" + HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
