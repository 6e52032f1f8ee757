package org.trailmark.privacy.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The corpus folder: {@code values.jsonl} (entries), {@code templates.jsonl} (prose with slots),
 * {@code fillers.jsonl} (words for slots nobody scores: titles, cities, countries) and
 * {@code titles.jsonl} (window titles). One JSON object a line; where each line came from is
 * recorded in the folder's {@code SOURCES.md}.
 */
public record IndependentCorpus(List<CorpusItem> items, List<ProseTemplate> templates,
                                Map<String, List<String>> fillers, List<CorpusTitle> titles) {
    /** Where the corpus lives in a clone of the project. */
    public static final Path DEFAULT_FOLDER = Path.of("eval", "detection-corpus");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public IndependentCorpus {
        items = List.copyOf(items);
        templates = List.copyOf(templates);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        fillers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        fillers = Map.copyOf(copy);
        titles = List.copyOf(titles);
    }

    /** Reads the folder; a line that does not fit fails with its file and line number. */
    public static IndependentCorpus load(Path folder) {
        Set<String> ids = new HashSet<>();
        List<CorpusItem> items = read(folder.resolve("values.jsonl"), ids, IndependentCorpus::item);
        List<ProseTemplate> templates = read(folder.resolve("templates.jsonl"), ids,
                n -> new ProseTemplate(text(n, "id"), text(n, "text")));
        Map<String, List<String>> fillers = new LinkedHashMap<>();
        for (String[] f : read(folder.resolve("fillers.jsonl"), ids,
                n -> new String[] {text(n, "slot"), text(n, "value")})) {
            fillers.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f[1]);
        }
        List<CorpusTitle> titles = read(folder.resolve("titles.jsonl"), ids,
                n -> new CorpusTitle(text(n, "id"), text(n, "group"), text(n, "app"), text(n, "title"), truths(n)));
        return new IndependentCorpus(items, templates, fillers, titles);
    }

    /**
     * Every string the corpus holds: values, texts, titles, fillers, and the template prose between
     * slots when it has three words or more (a shorter piece such as "card number" is a common
     * phrase, not the template's sentence).
     */
    public List<String> strings() {
        List<String> out = new ArrayList<>();
        for (CorpusItem i : items) {
            if (i.text() != null) {
                out.add(i.text());
            }
            i.truths().forEach(t -> out.add(t.value()));
        }
        for (ProseTemplate t : templates) {
            t.pieces().stream().filter(p -> !p.slot() && p.text().trim().split("\\s+").length >= 3)
                    .forEach(p -> out.add(p.text()));
        }
        fillers.values().forEach(out::addAll);
        for (CorpusTitle t : titles) {
            out.add(t.title());
            t.truths().forEach(x -> out.add(x.value()));
        }
        return out;
    }

    private static CorpusItem item(JsonNode n) {
        JsonNode text = n.get("text");
        JsonNode slot = n.get("slot");
        return new CorpusItem(text(n, "id"), text(n, "group"), text == null ? null : text.asText(), truths(n),
                slot == null ? null : slot.asText(), n.path("bare").asBoolean(false), n.path("login").asBoolean(false));
    }

    private static List<CorpusTruth> truths(JsonNode n) {
        List<CorpusTruth> out = new ArrayList<>();
        for (JsonNode t : n.path("truths")) {
            List<String> accept = new ArrayList<>();
            t.path("accept").forEach(a -> accept.add(a.asText()));
            out.add(new CorpusTruth(text(t, "kind"), text(t, "value"), accept));
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("no text field \"" + field + "\"");
        }
        return v.asText();
    }

    private static <T> List<T> read(Path file, Set<String> ids, Function<JsonNode, T> parse) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                JsonNode n = MAPPER.readTree(lines.get(i));
                JsonNode id = n.get("id");
                if (id != null && !ids.add(id.asText())) {
                    throw new IllegalArgumentException("id " + id.asText() + " is used twice");
                }
                out.add(parse.apply(n));
            } catch (IOException | RuntimeException e) {
                throw new CorpusFormatException(file + ":" + (i + 1) + ": " + e.getMessage());
            }
        }
        return out;
    }

    /** A corpus file that does not fit the format; the message names the file and line. */
    public static final class CorpusFormatException extends RuntimeException {
        CorpusFormatException(String message) {
            super(message);
        }
    }
}
