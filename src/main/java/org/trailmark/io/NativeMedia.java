package org.trailmark.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.trailmark.model.MediaKind;
import org.trailmark.model.ScreenRegion;

/**
 * The {@code "media"} list of a native header (docs/session-format.md, "Screen media"): read into
 * {@link MediaReference}s whose files are still the relative paths the header gives, then resolved
 * against the capture's folder; and written back. Media are optional, so a malformed entry is a
 * warning and only that entry is left out. A file must lie in the capture's folder or below it: a
 * capture must not make Trailmark copy files from elsewhere on the machine.
 */
final class NativeMedia {
    static final int MAX_ENTRIES = 64;
    static final int MAX_STILLS = 1_000_000;
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private NativeMedia() {
    }

    /** Reads the list; {@code microseconds} says the header's time unit. Problems go to {@code warnings}. */
    static List<MediaReference> parse(JsonNode node, boolean microseconds, List<String> warnings) {
        List<MediaReference> media = new ArrayList<>();
        if (node == null || node.isNull()) {
            return media;
        }
        if (!node.isArray()) {
            warnings.add("field \"media\" must be a list; screen media ignored");
            return media;
        }
        for (int i = 0; i < node.size(); i++) {
            if (i == MAX_ENTRIES) {
                warnings.add("field \"media\" lists more than " + MAX_ENTRIES + " entries; the rest are ignored");
                break;
            }
            try {
                media.add(entry(node.get(i), microseconds));
            } catch (IllegalArgumentException e) {
                warnings.add("media[" + i + "]: " + e.getMessage() + "; ignored");
            }
        }
        return media;
    }

    private static MediaReference entry(JsonNode e, boolean micro) {
        if (!e.isObject()) {
            throw new IllegalArgumentException("must be an object");
        }
        String kind = e.path("kind").isTextual() ? e.get("kind").textValue() : "";
        ScreenRegion area = area(e.get("area"));
        if (MediaKind.VIDEO.key().equals(kind)) {
            Path file = relativePath(e.get("file"), "file");
            int first = time(e.get("first_frame"), micro, "first_frame");
            List<MediaReference.Pause> pauses = new ArrayList<>();
            JsonNode list = e.get("pauses");
            if (list != null && !list.isNull()) {
                if (!list.isArray()) {
                    throw new IllegalArgumentException("\"pauses\" must be a list");
                }
                for (JsonNode p : list) {
                    if (!p.isObject()) {
                        throw new IllegalArgumentException("each pause must be an object");
                    }
                    int at = time(p.get("at"), micro, "pauses[].at");
                    JsonNode resume = p.get("resume");
                    Integer resumeAt = resume == null || resume.isNull() ? null : time(resume, micro, "pauses[].resume");
                    if (resumeAt != null && resumeAt < at) {
                        throw new IllegalArgumentException("a pause resumes before it begins");
                    }
                    if (!pauses.isEmpty() && at < pauses.get(pauses.size() - 1).atMs()) {
                        throw new IllegalArgumentException("pauses must be in time order");
                    }
                    pauses.add(new MediaReference.Pause(at, resumeAt));
                }
            }
            JsonNode stop = e.get("stop");
            Integer stopAt = stop == null || stop.isNull() ? null : time(stop, micro, "stop");
            return MediaReference.video(file, first, pauses, stopAt, area);
        }
        if (MediaKind.IMAGES.key().equals(kind)) {
            JsonNode list = e.get("stills");
            if (list == null || !list.isArray() || list.isEmpty()) {
                throw new IllegalArgumentException("\"stills\" must list at least one image");
            }
            if (list.size() > MAX_STILLS) {
                throw new IllegalArgumentException("\"stills\" lists more than " + MAX_STILLS + " images");
            }
            List<MediaReference.Still> stills = new ArrayList<>();
            for (JsonNode s : list) {
                if (!s.isObject()) {
                    throw new IllegalArgumentException("each still must be an object");
                }
                int t = time(s.get("t"), micro, "stills[].t");
                if (!stills.isEmpty() && t < stills.get(stills.size() - 1).atMs()) {
                    throw new IllegalArgumentException("stills must be in time order");
                }
                stills.add(new MediaReference.Still(t, relativePath(s.get("file"), "stills[].file")));
            }
            return MediaReference.images(stills, area);
        }
        throw new IllegalArgumentException("\"kind\" must be \"video\" or \"images\"");
    }

    private static int time(JsonNode node, boolean micro, String field) {
        if (node == null || !node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a whole number of the header's time unit");
        }
        long value = micro ? Math.floorDiv(node.longValue(), 1000) : node.longValue();
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("\"" + field + "\" is out of range");
        }
        return (int) value;
    }

    private static ScreenRegion area(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("\"area\" must be an object");
        }
        int[] v = new int[4];
        String[] names = {"x", "y", "width", "height"};
        for (int i = 0; i < 4; i++) {
            JsonNode n = node.get(names[i]);
            if (n == null || !n.isIntegralNumber() || Math.abs(n.asLong()) > NativeFormat.COORDINATE_LIMIT
                    || (i >= 2 && n.asLong() <= 0)) {
                throw new IllegalArgumentException("\"area\" needs whole-number x, y and positive width, height");
            }
            v[i] = (int) n.asLong();
        }
        return new ScreenRegion(v[0], v[1], v[2], v[3]);
    }

    private static Path relativePath(JsonNode node, String field) {
        if (node == null || !node.isTextual() || node.textValue().isBlank()) {
            throw new IllegalArgumentException("\"" + field + "\" must name a file");
        }
        String text = node.textValue();
        if (text.startsWith("/") || text.startsWith("\\") || DRIVE.matcher(text).matches() || text.indexOf('\0') >= 0) {
            throw new OutsideFolder();
        }
        try {
            Path path = Path.of(text.replace('\\', '/')).normalize();
            if (path.isAbsolute() || path.startsWith("..") || path.toString().isEmpty()) {
                throw new OutsideFolder();
            }
            return path;
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("\"" + field + "\" is not a usable file name");
        }
    }

    /** A path that leaves the capture's folder. */
    private static final class OutsideFolder extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        OutsideFolder() {
            super("its file lies outside the capture's folder: refused");
        }
    }

    /**
     * Resolves the relative files against the capture's folder. A file reached through a link that
     * leads outside the folder is refused too (with a warning); a file that does not exist is kept,
     * so that ingest can name it as missing.
     */
    static List<MediaReference> resolve(List<MediaReference> media, Path captureFile, NativeProblems problems) {
        Path folder = captureFile.toAbsolutePath().getParent();
        List<MediaReference> resolved = new ArrayList<>();
        for (MediaReference m : media) {
            if (m.kind() == MediaKind.VIDEO) {
                Path file = inside(folder, m.file(), problems);
                if (file != null) {
                    resolved.add(MediaReference.video(file, m.firstFrameMs(), m.pauses(), m.stopMs(), m.capturedArea()));
                }
            } else {
                List<MediaReference.Still> stills = new ArrayList<>();
                for (MediaReference.Still s : m.stills()) {
                    Path file = inside(folder, s.file(), problems);
                    if (file != null) {
                        stills.add(new MediaReference.Still(s.atMs(), file));
                    }
                }
                if (!stills.isEmpty()) {
                    resolved.add(MediaReference.images(stills, m.capturedArea()));
                }
            }
        }
        return resolved;
    }

    private static Path inside(Path folder, Path relative, NativeProblems problems) {
        Path file = folder.resolve(relative).normalize();
        try {
            if (Files.exists(file) && !file.toRealPath().startsWith(folder.toRealPath())) {
                problems.warnFile("screen media " + relative + " leads outside the capture's folder: refused");
                return null;
            }
        } catch (IOException e) {
            return file;
        }
        return file;
    }

    /** Writes the list (times in ms, paths relative to the capture's folder, '/' separated). */
    static void write(List<MediaReference> media, Path captureFolder, NativeJsonBytes out) {
        if (media.isEmpty()) {
            return;
        }
        out.ascii(",\"media\":[");
        for (int i = 0; i < media.size(); i++) {
            MediaReference m = media.get(i);
            out.ascii(i == 0 ? "{\"kind\":" : ",{\"kind\":").string(m.kind().key());
            if (m.kind() == MediaKind.VIDEO) {
                out.ascii(",\"file\":").string(relative(captureFolder, m.file()))
                        .ascii(",\"first_frame\":").integer(m.firstFrameMs());
                if (!m.pauses().isEmpty()) {
                    out.ascii(",\"pauses\":[");
                    for (int p = 0; p < m.pauses().size(); p++) {
                        MediaReference.Pause pause = m.pauses().get(p);
                        out.ascii(p == 0 ? "{\"at\":" : ",{\"at\":").integer(pause.atMs());
                        if (pause.resumeMs() != null) {
                            out.ascii(",\"resume\":").integer(pause.resumeMs());
                        }
                        out.ascii("}");
                    }
                    out.ascii("]");
                }
                if (m.stopMs() != null) {
                    out.ascii(",\"stop\":").integer(m.stopMs());
                }
            } else {
                out.ascii(",\"stills\":[");
                for (int s = 0; s < m.stills().size(); s++) {
                    MediaReference.Still still = m.stills().get(s);
                    out.ascii(s == 0 ? "{\"t\":" : ",{\"t\":").integer(still.atMs())
                            .ascii(",\"file\":").string(relative(captureFolder, still.file())).ascii("}");
                }
                out.ascii("]");
            }
            ScreenRegion a = m.capturedArea();
            if (a != null) {
                out.ascii(",\"area\":{\"x\":").integer(a.x()).ascii(",\"y\":").integer(a.y())
                        .ascii(",\"width\":").integer(a.width()).ascii(",\"height\":").integer(a.height()).ascii("}");
            }
            out.ascii("}");
        }
        out.ascii("]");
    }

    private static String relative(Path folder, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(folder)) {
            throw new IllegalArgumentException("a media file must lie in the capture's folder: " + file.getFileName());
        }
        StringBuilder sb = new StringBuilder();
        for (Path part : folder.relativize(absolute)) {
            sb.append(sb.length() == 0 ? "" : "/").append(part);
        }
        return sb.toString();
    }
}
