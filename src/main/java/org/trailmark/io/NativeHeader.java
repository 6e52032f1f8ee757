package org.trailmark.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trailmark.model.ConsentReference;
import org.trailmark.model.Screen;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SubjectIds;

/**
 * The header line of a native capture: checked in full, turned into a {@link SessionInfo}. The
 * header is one short line, so it is read as a tree; only event lines need the fast path.
 *
 * @param microseconds whether event times are in microseconds ({@code "time_unit": "us"})
 * @param warnings     repairs made (an ignored malformed optional part), plain words
 * @param media        the screen media the header names, files still relative to the capture ({@link NativeMedia})
 */
record NativeHeader(SessionInfo info, boolean microseconds, List<String> warnings, List<MediaReference> media) {

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(NativeJacksonLineParser.LINE_CONSTRAINTS).build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Pattern VERSION = Pattern.compile("(\\d{1,6})\\.(\\d{1,6})");

    NativeHeader {
        warnings = List.copyOf(warnings);
        media = List.copyOf(media);
    }

    /** Thrown with a plain reason when the header cannot be used; nothing of the file is imported then. */
    static final class HeaderException extends Exception {
        private static final long serialVersionUID = 1L;

        HeaderException(String reason) {
            super(reason, null, false, false);
        }
    }

    static NativeHeader parse(byte[] line, int start, int end) throws HeaderException {
        JsonNode root;
        try {
            root = MAPPER.readTree(line, start, end - start);
        } catch (JsonProcessingException e) {
            throw new HeaderException("the header is not valid JSON");
        } catch (IOException e) {
            throw new HeaderException("the header could not be read");
        }
        if (root == null || !root.isObject()) {
            throw new HeaderException("the header is not a JSON object");
        }
        if (!NativeFormat.FORMAT_ID.equals(textOf(root, "format"))) {
            throw new HeaderException("not a Trailmark session: the header lacks \"format\": \""
                    + NativeFormat.FORMAT_ID + "\"");
        }
        checkVersion(root.get("version"));
        String session = requiredId(root, "session");
        String subject = requiredId(root, "subject");
        OffsetDateTime start1 = requiredTime(root, "start");
        boolean micro = timeUnit(root.get("time_unit"));
        List<Screen> screens = screens(root.get("screens"));

        List<String> warnings = new ArrayList<>();
        if (SubjectIds.isUnassigned(subject) && !subject.equals(SubjectIds.unassignedFor(session))) {
            // an unassigned subject stands for this one recording: one copied from another header
            // would put two recordings (perhaps two people) under one subject again
            subject = SubjectIds.unassignedFor(session);
            warnings.add("field \"subject\" names another recording's unassigned subject; this session gets its own");
        }
        String tool = null;
        String toolVersion = null;
        JsonNode capture = root.get("capture");
        if (capture != null && !capture.isNull()) {
            if (capture.isObject() && optionalText(capture, "tool") && optionalText(capture, "version")) {
                tool = textOf(capture, "tool");
                toolVersion = textOf(capture, "version");
            } else {
                warnings.add("field \"capture\" is malformed; ignored");
            }
        }
        ConsentReference consent = consent(root.get("consent"), warnings);
        String task = null;
        JsonNode taskNode = root.get("task");
        if (taskNode != null && !taskNode.isNull()) {
            if (taskNode.isTextual()) {
                task = taskNode.textValue();
            } else {
                warnings.add("field \"task\" must be a string; ignored");
            }
        }
        SessionInfo info = new SessionInfo(session, subject, "native", start1, screens, tool, toolVersion,
                consent, task);
        List<MediaReference> media = NativeMedia.parse(root.get("media"), micro, warnings);
        return new NativeHeader(info, micro, warnings, media);
    }

    /** Whether the line is a JSON object whose format is ours, whatever else is wrong with it. */
    static boolean declaresOurFormat(byte[] line, int start, int end) {
        try {
            JsonNode root = MAPPER.readTree(line, start, end - start);
            return root != null && root.isObject() && NativeFormat.FORMAT_ID.equals(textOf(root, "format"));
        } catch (IOException e) {
            return false;
        }
    }

    private static void checkVersion(JsonNode node) throws HeaderException {
        if (node == null || !node.isTextual()) {
            throw new HeaderException("the header needs field \"version\" as a string like \"1.0\"");
        }
        Matcher m = VERSION.matcher(node.textValue());
        if (!m.matches()) {
            throw new HeaderException("field \"version\" must look like \"1.0\" (major.minor)");
        }
        int major = Integer.parseInt(m.group(1));
        if (major > NativeFormat.MAJOR_VERSION) {
            throw new HeaderException("written in capture format " + node.textValue() + "; this Trailmark reads "
                    + NativeFormat.MAJOR_VERSION + ".x — update Trailmark");
        }
        if (major < NativeFormat.MAJOR_VERSION) {
            throw new HeaderException("capture format " + node.textValue() + " is not supported; this Trailmark reads "
                    + NativeFormat.MAJOR_VERSION + ".x");
        }
    }

    private static String requiredText(JsonNode root, String field) throws HeaderException {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            throw new HeaderException("the header lacks field \"" + field + "\"");
        }
        if (!node.isTextual() || node.textValue().isBlank()) {
            throw new HeaderException("field \"" + field + "\" must be a non-empty string");
        }
        return node.textValue();
    }

    private static String requiredId(JsonNode root, String field) throws HeaderException {
        String id = requiredText(root, field);
        String problem = Identifiers.problem(id);
        if (problem != null) {
            throw new HeaderException("field \"" + field + "\" " + problem);
        }
        return id;
    }

    private static OffsetDateTime requiredTime(JsonNode root, String field) throws HeaderException {
        OffsetDateTime time = parseTime(root.get(field));
        if (time == null) {
            throw new HeaderException("field \"" + field
                    + "\" must be an RFC 3339 time with an offset, like 2026-03-02T09:14:00.000+01:00");
        }
        return time;
    }

    private static OffsetDateTime parseTime(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(node.textValue(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean timeUnit(JsonNode node) throws HeaderException {
        if (node != null && node.isTextual()) {
            if ("ms".equals(node.textValue())) {
                return false;
            }
            if ("us".equals(node.textValue())) {
                return true;
            }
        }
        throw new HeaderException("field \"time_unit\" must be \"ms\" or \"us\"");
    }

    private static List<Screen> screens(JsonNode node) throws HeaderException {
        if (node == null || !node.isArray() || node.isEmpty()) {
            throw new HeaderException("field \"screens\" must list at least one screen");
        }
        List<Screen> screens = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode s = node.get(i);
            String where = "screens[" + i + "]";
            if (!s.isObject()) {
                throw new HeaderException(where + " must be an object");
            }
            int id = integer(s, "id", where, false);
            int x = integer(s, "x", where, false);
            int y = integer(s, "y", where, false);
            int width = integer(s, "width", where, true);
            int height = integer(s, "height", where, true);
            double scale = 1.0;
            JsonNode scaleNode = s.get("scale");
            if (scaleNode != null && !scaleNode.isNull()) {
                scale = scaleNode.isNumber() ? scaleNode.doubleValue() : Double.NaN;
                if (!(scale > 0) || Double.isInfinite(scale)) {
                    throw new HeaderException(where + ": field \"scale\" must be a positive number");
                }
            }
            screens.add(new Screen(id, x, y, width, height, scale));
        }
        return screens;
    }

    private static int integer(JsonNode s, String field, String where, boolean positive) throws HeaderException {
        JsonNode node = s.get(field);
        String rule = positive ? "a positive integer" : "an integer";
        if (node == null || !node.isNumber()) {
            throw new HeaderException(where + ": field \"" + field + "\" must be " + rule);
        }
        double value = Math.floor(node.doubleValue() + 0.5);
        if (Double.isNaN(value) || Math.abs(value) > NativeFormat.COORDINATE_LIMIT || (positive && value <= 0)) {
            throw new HeaderException(where + ": field \"" + field + "\" must be " + rule
                    + " no larger than 1,000,000");
        }
        return (int) value;
    }

    private static ConsentReference consent(JsonNode node, List<String> warnings) {
        if (node == null || node.isNull()) {
            return null;
        }
        String problem = null;
        OffsetDateTime granted = null;
        List<String> purposes = new ArrayList<>();
        if (!node.isObject()) {
            problem = "it is not an object";
        } else if (!isText(node.get("policy")) || !isText(node.get("version"))) {
            problem = "\"policy\" and \"version\" must be strings";
        } else if (!node.path("purposes").isArray()) {
            problem = "\"purposes\" must be a list of strings";
        } else if ((granted = parseTime(node.get("granted"))) == null) {
            problem = "\"granted\" must be an RFC 3339 time with an offset";
        } else {
            for (JsonNode p : node.get("purposes")) {
                if (!p.isTextual()) {
                    problem = "\"purposes\" must be a list of strings";
                    break;
                }
                purposes.add(p.textValue());
            }
        }
        if (problem != null) {
            // Dropping it is the safe side: without a consent reference the session is never exported.
            warnings.add("field \"consent\" is malformed (" + problem
                    + "); the session is imported without a consent reference");
            return null;
        }
        return new ConsentReference(node.get("policy").textValue(), node.get("version").textValue(), purposes,
                granted);
    }

    private static boolean isText(JsonNode node) {
        return node != null && node.isTextual();
    }

    private static boolean optionalText(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        return node == null || node.isNull() || node.isTextual();
    }

    private static String textOf(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        return node != null && node.isTextual() ? node.textValue() : null;
    }
}
