package org.trailmark.export;

import java.util.Map;
import java.util.Set;

/** The README.md dataset card: Hugging Face YAML front matter, then a short datasheet. */
final class DatasetCard {
    private DatasetCard() {
    }

    static String text(Map<String, Integer> records, Selection selection, ExportOptions options) {
        return text(records, selection, options, Set.copyOf(Exporter.SPLITS));
    }

    /** @param eventSplits the splits that have at least one event stream, since an empty glob does not load */
    static String text(Map<String, Integer> records, Selection selection, ExportOptions options,
                       Set<String> eventSplits) {
        return text(records, selection, options, eventSplits, Set.of());
    }

    /** @param observationSplits the splits that have at least one observation picture */
    static String text(Map<String, Integer> records, Selection selection, ExportOptions options,
                       Set<String> eventSplits, Set<String> observationSplits) {
        int total = records.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder s = new StringBuilder();
        s.append("---\n");
        s.append("license: other\n");
        s.append("task_categories:\n- other\n");
        s.append("tags:\n- computer-use\n- trajectories\n");
        s.append("size_categories:\n- ").append(sizeCategory(total)).append('\n');
        s.append("configs:\n");
        if (options.writes(ExportFormat.TRAJECTORIES)) {
            s.append("- config_name: default\n  data_files:\n");
            for (String split : Exporter.SPLITS) {
                s.append("  - split: ").append(split).append("\n    path: data/").append(split).append(".jsonl\n");
            }
        }
        if (options.writes(ExportFormat.EVENTS) && !eventSplits.isEmpty()) {
            s.append("- config_name: events\n  data_files:\n");
            for (String split : Exporter.SPLITS) {
                if (eventSplits.contains(split)) {
                    s.append("  - split: ").append(split).append("\n    path: data/events/").append(split)
                            .append("/*.jsonl\n");
                }
            }
        }
        if (options.writes(ExportFormat.KEYSTROKES)) {
            s.append("- config_name: keystrokes\n  sep: \"\\t\"\n  data_files:\n");
            for (String split : Exporter.SPLITS) {
                s.append("  - split: ").append(split).append("\n    path: data/keystrokes/").append(split)
                        .append(".tsv\n");
            }
        }
        if (!observationSplits.isEmpty()) {
            s.append("- config_name: observations\n  data_files:\n");
            for (String split : Exporter.SPLITS) {
                if (observationSplits.contains(split)) {
                    s.append("  - split: ").append(split).append("\n    path: ")
                            .append(Exporter.observationFolder(split)).append("/*\n");
                }
            }
        }
        s.append("---\n\n");
        s.append("# Computer-use trajectories\n\n");
        if (options.writes(ExportFormat.TRAJECTORIES)) {
            s.append("One JSON record per task: instruction, label, outcome, apps, screen size and the actions\n")
                    .append("(click, double_click, right_click, drag, scroll, type, hotkey, key, wait, redacted) with\n")
                    .append("time offsets, durations, pixel coordinates and coordinates normalised to 0-1")
                    .append(options.pyautogui() ? ", and each\naction as a pyautogui call string.\n\n" : ".\n\n");
        }
        if (screens(options)) {
            s.append("Each action has an `observation`: the path of a PNG of the screen ")
                    .append(options.observationOffsetMs()).append(" ms before the action,\n")
                    .append("or null with `observation_withheld` saying why (flagged span, detected value, no screen\n")
                    .append("media, no picture at that time). `data/observations/{split}/` holds the pictures and a\n")
                    .append("`metadata.jsonl` (file_name, session_id, at_ms from the session start), which the\n")
                    .append("`observations` config loads as an image column.\n\n");
        }
        if (options.writes(ExportFormat.EVENTS)) {
            s.append("`data/events/{split}/*.jsonl`: the redacted raw event stream of each session in the\n")
                    .append("Trailmark native capture format (a header line, then one event per line), named by a\n")
                    .append("session pseudonym; key events inside redacted spans are dropped and titles replaced.\n\n");
        }
        if (options.writes(ExportFormat.KEYSTROKES)) {
            s.append("`data/keystrokes/{split}.tsv`: one row per key stroke (subject, session, key_code,\n")
                    .append("press_ms, release_ms, hold_ms, flight_ms from the previous press). Strokes touching a\n")
                    .append("redacted span are removed entirely and no flight time is given across one.\n\n");
        }
        s.append("## Datasheet\n\n");
        s.append("- **What was captured**: keyboard, pointer, click, scroll and window-focus events of desktop\n")
                .append(screens(options)
                        ? "  sessions, recorded with the subject's knowledge, and screen images: whatever was visible on\n"
                        + "  the screen just before each action.\n"
                        : "  sessions, recorded with the subject's knowledge; no screen images.\n");
        s.append("- **Consent**: only sessions of subjects with a standing consent record for the training\n")
                .append("  purpose are included; a subject who withdraws is left out of every later export.\n")
                .append("  Subject and session ids are replaced by keyed HMAC-SHA256 pseudonyms; the key is a secret of\n")
                .append("  the workspace the data came from and is not published, so the seed does not reveal it.\n");
        s.append("- **Review**: ").append(options.includeUnreviewed()
                ? "sessions not yet approved were included on request (see manifest.json).\n"
                : "only sessions a reviewer approved.\n");
        s.append("- **Redaction** (policy ").append(Exporter.REDACTION_POLICY_VERSION).append("): spans flagged by\n")
                .append("  reviewers and values found by detectors (unless a reviewer rejected them) are removed from\n")
                .append("  typed text, key events and window titles; the time is kept as a `redacted` action.\n")
                .append("  Counts per kind are in redaction_report.json.\n");
        if (screens(options)) {
            s.append("- **Screens**: no picture is taken inside a flagged or private stretch, nor while a detector\n")
                    .append("  found a sensitive value being typed: those steps have no observation. Areas reviewers\n")
                    .append("  marked on the screen (region flags) are painted over with a flat neutral fill in every\n")
                    .append("  picture of their time span; the pixels underneath are not in the file.\n");
        }
        s.append("- **Splits**: by subject, so no person appears in two splits.\n");
        s.append("- **Records**: ").append(records.get("train")).append(" train, ").append(records.get("validation"))
                .append(" validation, ").append(records.get("test")).append(" test; ")
                .append(selection.excludedCount()).append(" sessions excluded (reasons in manifest.json).\n");
        return s.toString();
    }

    private static boolean screens(ExportOptions options) {
        return options.withScreens() && options.writes(ExportFormat.TRAJECTORIES);
    }

    static String sizeCategory(long n) {
        if (n < 1_000) {
            return "n<1K";
        } else if (n < 10_000) {
            return "1K<n<10K";
        } else if (n < 100_000) {
            return "10K<n<100K";
        } else if (n < 1_000_000) {
            return "100K<n<1M";
        }
        return "1M<n<10M";
    }
}
