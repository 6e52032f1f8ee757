package org.trailmark.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a dataset's own files must say alike, checkable by anyone who holds only the dataset: the
 * export id against the listed checksums, the dataset card against the manifest, the event streams
 * against the manifest's sessions. A file changed together with its checksum still has to agree here.
 * Problems name files and pseudonyms, never content.
 */
final class DatasetConsistency {
    private static final Pattern RECORDS = Pattern.compile(
            "\\*\\*Records\\*\\*: (\\d+) train, (\\d+) validation, (\\d+) test; (\\d+) sessions excluded");
    private static final Pattern POLICY = Pattern.compile("\\*\\*Redaction\\*\\* \\(policy ([^)]*)\\)");
    private static final Pattern SIZE = Pattern.compile("size_categories:\\n- (\\S+)\\n");
    private static final Pattern PATH = Pattern.compile("^\\s+path: (\\S+)$", Pattern.MULTILINE);
    private static final String INCLUDED_UNREVIEWED = "sessions not yet approved were included on request";
    private static final String APPROVED_ONLY = "only sessions a reviewer approved.";

    private DatasetConsistency() {
    }

    /** @param card the card's bytes, or null when the folder has none */
    static List<String> problems(JsonNode manifest, byte[] card) {
        List<String> problems = new ArrayList<>();
        JsonNode files = manifest.path("files");
        if (!Exporter.exportId(entries(files)).equals(manifest.path("export_id").asText())) {
            problems.add(Exporter.MANIFEST + ": export_id does not match the files' checksums");
        }
        problems.addAll(eventStreams(manifest, files));
        if (card == null) {
            problems.add(Exporter.CARD + " (the dataset card) is missing");
        } else {
            problems.addAll(card(new String(card, StandardCharsets.UTF_8).replace("\r\n", "\n"), manifest, files));
        }
        return problems;
    }

    /** With event streams written, each listed session has exactly one, in its split, and there are no others. */
    private static List<String> eventStreams(JsonNode manifest, JsonNode files) {
        List<String> problems = new ArrayList<>();
        if (!formats(manifest).contains(ExportFormat.EVENTS.wireName())) {
            return problems;
        }
        List<String> streams = new ArrayList<>();
        files.fieldNames().forEachRemaining(name -> {
            if (name.startsWith("data/events/")) {
                streams.add(name);
            }
        });
        for (JsonNode session : manifest.path("sessions")) {
            String name = "data/events/" + session.path("split").asText() + "/" + session.path("session_id").asText()
                    + ".jsonl";
            if (!streams.remove(name)) {
                problems.add(Exporter.MANIFEST + ": session " + session.path("session_id").asText()
                        + " has no event stream in its split");
            }
        }
        for (String stray : streams) {
            problems.add(stray + ": an event stream of no session the manifest lists");
        }
        return problems;
    }

    private static List<String> card(String card, JsonNode manifest, JsonNode files) {
        List<String> problems = new ArrayList<>();
        String where = Exporter.CARD + ": ";
        long[] records = new long[Exporter.SPLITS.size()];
        for (int i = 0; i < records.length; i++) {
            records[i] = files.path("data/" + Exporter.SPLITS.get(i) + ".jsonl").path("records").asLong(0);
        }
        long excluded = 0;
        for (JsonNode count : manifest.path("excluded")) {
            excluded += count.asLong();
        }
        Matcher m = RECORDS.matcher(card);
        if (!m.find()) {
            problems.add(where + "gives no record counts");
        } else {
            for (int i = 0; i < records.length; i++) {
                if (Long.parseLong(m.group(i + 1)) != records[i]) {
                    problems.add(where + "the " + Exporter.SPLITS.get(i) + " record count differs from the manifest");
                }
            }
            if (Long.parseLong(m.group(4)) != excluded) {
                problems.add(where + "the number of excluded sessions differs from the manifest");
            }
        }
        Matcher size = SIZE.matcher(card);
        long total = records[0] + records[1] + records[2];
        if (!size.find() || !size.group(1).equals(DatasetCard.sizeCategory(total))) {
            problems.add(where + "its size category does not fit the manifest's record counts");
        }
        Matcher policy = POLICY.matcher(card);
        if (!policy.find() || !policy.group(1).equals(manifest.path("redaction_policy_version").asText())) {
            problems.add(where + "the redaction policy differs from the manifest");
        }
        boolean unreviewed = manifest.path("include_unreviewed").asBoolean(false);
        if (!card.contains(unreviewed ? INCLUDED_UNREVIEWED : APPROVED_ONLY)) {
            problems.add(where + "what it says about review differs from the manifest's include_unreviewed");
        }
        problems.addAll(configs(frontMatter(card), files));
        return problems;
    }

    /** Every path the card's configs name is in the manifest, and every data file is named by one of them. */
    private static List<String> configs(String frontMatter, JsonNode files) {
        List<String> problems = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        Matcher m = PATH.matcher(frontMatter);
        while (m.find()) {
            paths.add(m.group(1));
        }
        List<String> listed = new ArrayList<>();
        files.fieldNames().forEachRemaining(listed::add);
        for (String path : paths) {
            if (listed.stream().noneMatch(f -> matches(path, f))) {
                problems.add(Exporter.CARD + ": its configs name " + path + ", which the manifest does not list");
            }
        }
        for (String file : listed) {
            if (file.startsWith("data/") && paths.stream().noneMatch(p -> matches(p, file))) {
                problems.add(file + ": not named by any config of " + Exporter.CARD);
            }
        }
        return problems;
    }

    /** A config path is a file name or one folder's {@code *} glob, as the card writes them. */
    private static boolean matches(String path, String file) {
        int star = path.indexOf('*');
        if (star < 0) {
            return path.equals(file);
        }
        String prefix = path.substring(0, star);
        String suffix = path.substring(star + 1);
        return file.length() >= prefix.length() + suffix.length() && file.startsWith(prefix) && file.endsWith(suffix)
                && file.substring(prefix.length(), file.length() - suffix.length()).indexOf('/') < 0;
    }

    private static String frontMatter(String card) {
        if (!card.startsWith("---\n")) {
            return "";
        }
        int end = card.indexOf("\n---\n", 3);
        return end < 0 ? "" : card.substring(4, end + 1);
    }

    private static List<String> formats(JsonNode manifest) {
        return List.of(manifest.path("format").asText("").split(","));
    }

    private static Map<String, JsonNode> entries(JsonNode files) {
        Map<String, JsonNode> entries = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = files.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            entries.put(e.getKey(), e.getValue());
        }
        return entries;
    }
}
