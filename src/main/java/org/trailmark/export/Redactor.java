package org.trailmark.export;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.trailmark.model.EventKind;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagSource;
import org.trailmark.model.FlagStatus;
import org.trailmark.model.SessionLog;
import org.trailmark.model.SessionLogBuilder;
import org.trailmark.privacy.Finding;
import org.trailmark.privacy.SessionScanner;

/**
 * Applies the privacy rules to one session: masking flags (confirmed or suggested) and detector
 * findings nobody rejected take their key events, window titles and kept clipboard text out of
 * every exported copy (a clipboard event keeps its length, like a dropped key keeps nothing).
 * Findings are re-detected here rather than read from stored flags, so a session nobody scanned
 * is still protected; a stored rejected detector flag with the same kind and span lets a finding through.
 */
public final class Redactor {
    public static final String REDACTED_TITLE = "[redacted]";
    /** Flagged values at least this long are looked for everywhere in the written files. */
    public static final int MIN_CHECKED_LENGTH = 5;
    /**
     * Shorter values (a PIN, a short password) would match ordinary text by chance, so verification
     * looks for them only as whole typed words; single characters are not checked at all.
     */
    public static final int MIN_TOKEN_LENGTH = 2;

    private Redactor() {
    }

    public static RedactedSession redact(SessionLog log, List<Flag> flags) {
        return redact(log, flags, Set.of());
    }

    /**
     * @param titlesMaskedElsewhere window titles masked in other sessions of the same export: hidden
     *                              here too, or this session would leak what the other one masks
     */
    public static RedactedSession redact(SessionLog log, List<Flag> flags, Set<String> titlesMaskedElsewhere) {
        List<int[]> spans = new ArrayList<>();
        Map<String, Integer> counts = new TreeMap<>();
        Set<String> rejectedDetections = new HashSet<>();
        for (Flag f : flags) {
            if (f.masks()) {
                spans.add(new int[] {f.startMs(), f.endMs()});
                counts.merge("flag." + f.category().wireName(), 1, Integer::sum);
            } else if (f.source() == FlagSource.DETECTOR && f.status() == FlagStatus.REJECTED && f.detector() != null) {
                rejectedDetections.add(f.detector() + "@" + f.startMs() + "-" + f.endMs());
            }
        }
        BitSet dropped = new BitSet(log.size());
        Set<String> originals = new HashSet<>();
        for (Finding finding : SessionScanner.scan(log).findings()) {
            String key = finding.kind().wireName() + "@" + finding.startMs() + "-" + finding.endMs();
            if (rejectedDetections.contains(key)) {
                continue;
            }
            counts.merge("finding." + finding.kind().wireName(), 1, Integer::sum);
            spans.add(new int[] {finding.startMs(), finding.endMs()});
            StringBuilder value = new StringBuilder();
            for (int e : finding.keyEvents()) {
                dropped.set(e);
                appendTyped(log, e, value);
                addClipboardText(log, e, originals);
            }
            addOriginal(originals, value.toString());
        }
        List<int[]> masked = merge(spans);
        collectSpanOriginals(log, masked, originals);
        Set<String> ownMaskedTitles = titlesInside(log, masked);
        Set<String> maskedTitles = new HashSet<>(ownMaskedTitles);
        maskedTitles.addAll(titlesMaskedElsewhere);
        SessionLog redacted = rebuild(log, masked, dropped, maskedTitles, REDACTED_TITLE, counts);
        return new RedactedSession(redacted, masked, originals, counts, ownMaskedTitles);
    }

    private static void appendTyped(SessionLog log, int e, StringBuilder out) {
        if (log.kind(e) == EventKind.KEY_DOWN && log.b(e) != SessionLog.NO_STRING) {
            out.append(log.string(log.b(e)));
        }
    }

    /** Clipboard text counts as typed: what a flag or finding covers must not reach the written files. */
    private static void addClipboardText(SessionLog log, int e, Set<String> originals) {
        if (log.kind(e) == EventKind.CLIPBOARD && log.b(e) != SessionLog.NO_STRING) {
            addOriginal(originals, log.string(log.b(e)));
        }
    }

    private static void addOriginal(Set<String> originals, String value) {
        String v = value.strip();
        if (v.length() >= MIN_TOKEN_LENGTH) {
            originals.add(v);
        }
    }

    private static List<int[]> merge(List<int[]> spans) {
        spans.sort(Comparator.comparingInt((int[] s) -> s[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] s : spans) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && s[0] <= last[1]) {
                last[1] = Math.max(last[1], s[1]);
            } else {
                merged.add(new int[] {s[0], s[1]});
            }
        }
        return merged;
    }

    static boolean inside(List<int[]> masked, int t) {
        int lo = 0;
        int hi = masked.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int[] s = masked.get(mid);
            if (t < s[0]) {
                hi = mid - 1;
            } else if (t >= s[1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** Every span's typed text and window titles are flagged values the written files must not hold. */
    private static void collectSpanOriginals(SessionLog log, List<int[]> masked, Set<String> originals) {
        for (int[] span : masked) {
            StringBuilder typed = new StringBuilder();
            for (int i = log.firstIndexAtOrAfter(span[0]); i < log.size() && log.time(i) < span[1]; i++) {
                appendTyped(log, i, typed);
                addClipboardText(log, i, originals);
                if (log.kind(i) == EventKind.FOCUS && log.b(i) != SessionLog.NO_STRING) {
                    addOriginal(originals, log.string(log.b(i)));
                }
            }
            addOriginal(originals, typed.toString());
        }
    }

    /**
     * The rule for titles, shared with the player: a title a focus event carried inside a masked span
     * is hidden wherever else it shows, or it would leak from there. Reads only the spans' events.
     */
    public static Set<String> titlesInside(SessionLog log, List<int[]> spans) {
        Set<String> titles = new HashSet<>();
        for (int[] span : spans) {
            for (int i = log.firstIndexAtOrAfter(span[0]); i < log.size() && log.time(i) < span[1]; i++) {
                if (log.kind(i) == EventKind.FOCUS && log.b(i) != SessionLog.NO_STRING) {
                    titles.add(log.string(log.b(i)));
                }
            }
        }
        return titles;
    }

    /** Every window title of the session. */
    static Set<String> titles(SessionLog log) {
        Set<String> titles = new HashSet<>();
        for (int i = 0; i < log.size(); i++) {
            if (log.kind(i) == EventKind.FOCUS && log.b(i) != SessionLog.NO_STRING) {
                titles.add(log.string(log.b(i)));
            }
        }
        return titles;
    }

    /**
     * The session without the key events inside the spans (and releases whose press went), and with
     * every title seen inside a span replaced wherever it shows. Nothing else is dropped: no
     * detector runs. The recorded person's archive uses it for third-party stretches only.
     */
    public static SessionLog withoutSpans(SessionLog log, List<int[]> spans, String titleReplacement) {
        List<int[]> masked = merge(new ArrayList<>(spans));
        return rebuild(log, masked, new BitSet(), titlesInside(log, masked), titleReplacement, new TreeMap<>());
    }

    private static SessionLog rebuild(SessionLog log, List<int[]> masked, BitSet dropped, Set<String> maskedTitles,
                                      String titleReplacement,
                                      Map<String, Integer> counts) {
        SessionLogBuilder b = new SessionLogBuilder(log.size());
        // A release whose press was dropped still names the key, so it goes too.
        Map<Integer, Boolean> pressDropped = new HashMap<>();
        int droppedKeys = 0;
        int titles = 0;
        int clipboardTexts = 0;
        for (int i = 0; i < log.size(); i++) {
            EventKind kind = log.kind(i);
            int t = log.time(i);
            if (kind == EventKind.KEY_DOWN || kind == EventKind.KEY_UP) {
                boolean drop = dropped.get(i) || inside(masked, t)
                        || (kind == EventKind.KEY_UP && pressDropped.getOrDefault(log.a(i), false));
                if (kind == EventKind.KEY_DOWN) {
                    pressDropped.put(log.a(i), drop);
                }
                if (drop) {
                    droppedKeys++;
                    continue;
                }
                b.add(t, kind, log.x(i), log.y(i), intern(b, log, log.a(i)), intern(b, log, log.b(i)));
            } else if (kind == EventKind.FOCUS) {
                int title = log.b(i);
                if (title != SessionLog.NO_STRING && maskedTitles.contains(log.string(title))) {
                    titles++;
                    b.add(t, kind, log.x(i), log.y(i), intern(b, log, log.a(i)), b.intern(titleReplacement));
                } else {
                    b.add(t, kind, log.x(i), log.y(i), intern(b, log, log.a(i)), intern(b, log, title));
                }
            } else if (kind == EventKind.FIELD) {
                b.add(t, kind, log.x(i), log.y(i), log.a(i), intern(b, log, log.b(i)));
            } else if (kind == EventKind.MARKER) {
                b.add(t, kind, log.x(i), log.y(i), intern(b, log, log.a(i)), log.b(i));
            } else if (kind == EventKind.CLIPBOARD) {
                boolean hide = log.b(i) != SessionLog.NO_STRING && (dropped.get(i) || inside(masked, t));
                if (hide) {
                    clipboardTexts++;
                }
                b.add(t, kind, log.x(i), log.y(i), log.a(i), hide ? SessionLog.NO_STRING : intern(b, log, log.b(i)));
            } else {
                b.add(t, kind, log.x(i), log.y(i), log.a(i), log.b(i));
            }
        }
        counts.put("key_events_dropped", droppedKeys);
        counts.put("window_titles_redacted", titles);
        if (clipboardTexts > 0) {
            counts.put("clipboard_texts_dropped", clipboardTexts);
        }
        return b.build();
    }

    private static int intern(SessionLogBuilder b, SessionLog log, int id) {
        return id == SessionLog.NO_STRING ? SessionLog.NO_STRING : b.intern(log.string(id));
    }
}
