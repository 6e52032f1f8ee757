package org.trailmark.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trailmark.model.EventKind;
import org.trailmark.model.FieldRole;
import org.trailmark.model.MaskedKey;
import org.trailmark.model.SessionLog;
import org.trailmark.replay.TextGroup;
import org.trailmark.replay.TextHistory;
import org.trailmark.replay.TextReconstruction;
import org.trailmark.replay.Transcript;

/**
 * The sensitive-data scan as it was before it streamed (a whole log, or an excerpt, in memory),
 * kept unchanged as the reference the streamed scan must match finding for finding. Its doc:
 * runs the detectors over everything a session reveals: each field's reconstructed text three
 * ways (all that was ever typed; what survived, so a typo fixed mid-value still matches; what
 * was deleted), the keys typed into password fields, window titles and clipboard text kept on
 * import. Every finding is mapped back to the key events that typed it (or the clipboard event
 * that held it).
 */
final class WholeLogReferenceScanner {
    private static final char SEPARATOR = '\n';

    private final SessionLog log;
    /** Each event's index in the whole session when {@code log} is an excerpt; null when it is the whole. */
    private final int[] positions;
    private final int[] entryBreaks;
    private final int maskedCode;
    private final List<Finding> findings = new ArrayList<>();
    private long scannedChars;

    private WholeLogReferenceScanner(SessionLog log, int[] positions) {
        this.log = log;
        this.positions = positions;
        this.entryBreaks = entryBreaks(log);
        this.maskedCode = stringId(log, MaskedKey.CODE);
    }

    /** What a scan found, and how much text it read (for throughput figures). */
    record Result(List<Finding> findings, long scannedChars) {
        public Result {
            findings = List.copyOf(findings);
        }
    }

    static Result scan(SessionLog log) {
        return scan(log, TextReconstruction.of(log));
    }

    /** The findings as suggested detector flags of the session, ready for FindingsService to store. */
    static List<org.trailmark.model.Flag> suggestedFlags(SessionLog log, String sessionId) {
        return scan(log).findings().stream().map(f -> f.toFlag(sessionId)).toList();
    }

    /** Scans with a reconstruction the caller already has (the studio keeps one per open session). */
    static Result scan(SessionLog log, TextHistory history) {
        return scan(log, history, null);
    }

    private static Result scan(SessionLog log, TextHistory history, int[] positions) {
        WholeLogReferenceScanner s = new WholeLogReferenceScanner(log, positions);
        for (TextGroup g : history.groups()) {
            s.group(g);
        }
        s.titles();
        s.clipboard();
        s.findings.sort(Comparator.comparingInt(Finding::startMs).thenComparingInt(Finding::endMs)
                .thenComparing(f -> f.kind().wireName()));
        return new Result(s.findings, s.scannedChars);
    }

    private void group(TextGroup g) {
        Transcript tr = g.transcript();
        int len = tr.length();
        if (len == 0) {
            return;
        }
        passwordField(tr);
        // Passwords are guessed only where no field told us: unknown fields and terminals (sudo, ssh).
        boolean infer = g.role() == FieldRole.NONE || g.role() == FieldRole.OTHER || g.role() == FieldRole.TERMINAL;
        List<Range> ranges = new ArrayList<>();
        boolean anyDeleted = false;
        for (int i = 0; i < len; i++) {
            anyDeleted |= tr.isDeleted(i);
        }
        ranges.addAll(view(tr, g.title(), g.fieldLabel(), infer, Which.ALL));
        if (anyDeleted) {
            ranges.addAll(view(tr, g.title(), g.fieldLabel(), infer, Which.SURVIVING));
            ranges.addAll(view(tr, g.title(), g.fieldLabel(), infer, Which.DELETED));
        }
        // The same value seen in several views is one finding; a value that one view reads as a
        // specific kind and another (glued to later text) as a generic one is the specific kind.
        List<TextMatch> settled = new ArrayList<>();
        for (Range r : merge(ranges)) {
            settled.add(new TextMatch(r.kind, r.first, r.last + 1, r.confidence));
        }
        for (TextMatch m : TextScanner.settle(settled)) {
            findings.add(typedFinding(tr, new Range(m.kind(), m.start(), m.end() - 1, m.confidence())));
        }
    }

    private enum Which { ALL, SURVIVING, DELETED }

    /** A hit as a range of transcript characters. */
    private record Range(FindingKind kind, int first, int last, double confidence) {
    }

    /**
     * Scans one view of a transcript. A Tab that typed nothing or a click between two characters
     * moved to another field or cell: without field context a whole window is one group, and a
     * spreadsheet's cells are one text, so these breaks become separators in the view.
     */
    private List<Range> view(Transcript tr, String title, String fieldLabel, boolean infer, Which which) {
        int len = tr.length();
        char[] text = new char[len * 2 + 1];
        int[] map = new int[len * 2 + 1];
        int n = 0;
        int previous = -1;
        for (int i = 0; i < len; i++) {
            boolean deleted = tr.isDeleted(i);
            if (which == Which.SURVIVING && deleted || which == Which.DELETED && !deleted) {
                continue;
            }
            if (tr.isSecret(i) || masked(tr, i)) {
                // Password-field keys are a finding of their own; as text they would only blur their neighbours.
                if (n > 0 && text[n - 1] != SEPARATOR) {
                    map[n] = -1;
                    text[n++] = SEPARATOR;
                }
                previous = -1;
                continue;
            }
            if (previous >= 0 && (which == Which.DELETED && previous != i - 1
                    || breakBetween(tr.typedEvent(previous), tr.typedEvent(i)))) {
                map[n] = -1;
                text[n++] = which == Which.DELETED ? SEPARATOR : '\t';
            }
            map[n] = i;
            text[n++] = tr.text().charAt(i);
            previous = i;
        }
        // An entry left by Tab or a click right after its last key still counts as ended.
        if (previous >= 0 && breakSoonAfter(tr.typedEvent(previous))) {
            map[n] = -1;
            text[n++] = '\t';
        }
        scannedChars += n;
        List<Range> ranges = new ArrayList<>();
        for (TextMatch m : TextScanner.scan(text, n, title, fieldLabel, infer)) {
            int first = Integer.MAX_VALUE;
            int last = -1;
            for (int v = m.start(); v < m.end(); v++) {
                if (map[v] >= 0) {
                    first = Math.min(first, map[v]);
                    last = Math.max(last, map[v]);
                }
            }
            if (last >= 0) {
                ranges.add(new Range(m.kind(), first, last, m.confidence()));
            }
        }
        return ranges;
    }

    /** Same-kind hits over overlapping characters (found in several views) become one. */
    private static List<Range> merge(List<Range> ranges) {
        ranges.sort(Comparator.comparing(Range::kind).thenComparingInt(Range::first));
        List<Range> merged = new ArrayList<>();
        for (Range r : ranges) {
            Range last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.kind == r.kind && r.first <= last.last) {
                merged.set(merged.size() - 1, new Range(r.kind, last.first, Math.max(last.last, r.last),
                        Math.max(last.confidence, r.confidence)));
            } else {
                merged.add(r);
            }
        }
        return merged;
    }

    private Finding typedFinding(Transcript tr, Range r) {
        // Every character between the first and last, deleted typos and their corrections too.
        int[] events = new int[r.last - r.first + 1];
        StringBuilder value = new StringBuilder();
        for (int i = r.first; i <= r.last; i++) {
            events[i - r.first] = tr.typedEvent(i);
            if (!tr.isDeleted(i)) {
                value.append(tr.text().charAt(i));
            }
        }
        if (value.length() == 0) {
            value.append(tr.text(), r.first, r.last + 1);
        }
        return finding(r.kind, events, r.confidence, Previews.mask(r.kind, value.toString()), Finding.Origin.TYPED);
    }

    private void passwordField(Transcript tr) {
        int len = tr.length();
        int i = 0;
        while (i < len) {
            if (!tr.isSecret(i) || masked(tr, i)) {
                i++;
                continue;
            }
            int start = i;
            while (i < len && tr.isSecret(i) && !masked(tr, i)) {
                i++;
            }
            int[] events = new int[i - start];
            for (int k = start; k < i; k++) {
                events[k - start] = tr.typedEvent(k);
            }
            findings.add(finding(FindingKind.PASSWORD, events, 0.99, Previews.mask(FindingKind.PASSWORD, ""),
                    Finding.Origin.PASSWORD_FIELD));
        }
    }

    private Finding finding(FindingKind kind, int[] downs, double confidence, String preview, Finding.Origin origin) {
        int[] events = Arrays.copyOf(downs, downs.length * 4);
        int n = downs.length;
        for (int d : downs) {
            int up = releaseOf(d);
            if (up >= 0) {
                events[n++] = up;
            }
            // The Shift held for a capital belongs to the typing of the value as well.
            int shift = heldShift(d);
            if (shift >= 0) {
                events[n++] = shift;
                int shiftUp = releaseOf(shift);
                if (shiftUp >= 0) {
                    events[n++] = shiftUp;
                }
            }
        }
        int[] sorted = Arrays.stream(events, 0, n).distinct().sorted().toArray();
        int start = Integer.MAX_VALUE;
        int end = 0;
        for (int e : sorted) {
            start = Math.min(start, log.time(e));
            end = Math.max(end, log.time(e));
        }
        int[] inSession = Arrays.stream(sorted).map(this::position).toArray();
        return new Finding(kind, start, end + 1, confidence, preview, origin, inSession);
    }

    /** The key_up that ends key_down {@code down}: its code names the key, so redaction must drop it too. */
    private int releaseOf(int down) {
        byte upKind = EventKind.KEY_UP.code();
        int code = log.a(down);
        int limit = position(down) + 2_000;
        for (int j = down + 1; j < log.size() && position(j) < limit; j++) {
            if (log.kindCode(j) == upKind && log.a(j) == code) {
                return j;
            }
        }
        return -1;
    }

    private int heldShift(int down) {
        byte downKind = EventKind.KEY_DOWN.code();
        int from = position(down) - 40;
        for (int j = down - 1; j >= 0 && position(j) >= from; j--) {
            if (log.kindCode(j) == downKind) {
                String code = log.string(log.a(j));
                if (code != null && code.startsWith("Shift")) {
                    int up = releaseOf(j);
                    return up < 0 || up > down ? j : -1;
                }
            }
        }
        return -1;
    }

    private void titles() {
        Map<Integer, List<TextMatch>> byTitle = new HashMap<>();
        int size = log.size();
        byte focus = EventKind.FOCUS.code();
        int current = -1;
        for (int i = 0; i <= size; i++) {
            boolean change = i == size || log.kindCode(i) == focus;
            if (!change) {
                continue;
            }
            if (current >= 0) {
                int titleId = log.b(current);
                String title = titleId < 0 ? null : log.string(titleId);
                if (title != null && !title.isEmpty()) {
                    List<TextMatch> hits = byTitle.computeIfAbsent(titleId, id -> {
                        scannedChars += title.length();
                        return TextScanner.scan(title);
                    });
                    int from = log.time(current);
                    int to = Math.max(from + 1, i == size ? (int) Math.max(log.durationMs(), from + 1) : log.time(i));
                    for (TextMatch m : hits) {
                        String value = title.substring(m.start(), m.end());
                        findings.add(new Finding(m.kind(), from, to, m.confidence(), Previews.mask(m.kind(), value),
                                Finding.Origin.WINDOW_TITLE, new int[0]));
                    }
                }
            }
            current = i;
        }
    }

    /** Clipboard text is scanned like a title: whole, at the moment it was copied or pasted. */
    private void clipboard() {
        byte clipboard = EventKind.CLIPBOARD.code();
        for (int i = 0; i < log.size(); i++) {
            if (log.kindCode(i) != clipboard || log.b(i) == SessionLog.NO_STRING) {
                continue;
            }
            String text = log.string(log.b(i));
            scannedChars += text.length();
            for (TextMatch m : TextScanner.scan(text)) {
                String value = text.substring(m.start(), m.end());
                int t = log.time(i);
                findings.add(new Finding(m.kind(), t, t + 1, m.confidence(), Previews.mask(m.kind(), value),
                        Finding.Origin.CLIPBOARD, new int[] {position(i)}));
            }
        }
    }

    /** The index in the whole session of event {@code i}. */
    private int position(int i) {
        return positions == null ? i : positions[i];
    }

    private boolean breakBetween(int afterEvent, int beforeEvent) {
        int k = Arrays.binarySearch(entryBreaks, afterEvent + 1);
        int idx = k >= 0 ? k : -k - 1;
        return idx < entryBreaks.length && entryBreaks[idx] < beforeEvent;
    }

    /** A Tab or click within a few seconds after the last key of a group: the entry was left. */
    private boolean breakSoonAfter(int event) {
        int k = Arrays.binarySearch(entryBreaks, event + 1);
        int idx = k >= 0 ? k : -k - 1;
        return idx < entryBreaks.length && log.time(entryBreaks[idx]) - log.time(event) <= 5_000;
    }

    /** A recorder's mask character ({@link MaskedKey}): there is nothing behind it to find. */
    private boolean masked(Transcript tr, int i) {
        int event = tr.typedEvent(i);
        return maskedCode >= 0 && event >= 0 && log.kind(event).isKey() && log.a(event) == maskedCode;
    }

    private static int stringId(SessionLog log, String s) {
        for (int id = 0; id < log.stringCount(); id++) {
            if (s.equals(log.string(id))) {
                return id;
            }
        }
        return -1;
    }

    /** Key_down events of Tab and button_down events, ascending: where one entry may end and another begin. */
    private static int[] entryBreaks(SessionLog log) {
        int tab = -1;
        for (int s = 0; s < log.stringCount(); s++) {
            if ("Tab".equals(log.string(s))) {
                tab = s;
                break;
            }
        }
        byte down = EventKind.KEY_DOWN.code();
        byte click = EventKind.BUTTON_DOWN.code();
        int[] out = new int[16];
        int n = 0;
        for (int i = 0; i < log.size(); i++) {
            byte kind = log.kindCode(i);
            if (kind == click || kind == down && log.a(i) == tab && tab >= 0) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = i;
            }
        }
        return Arrays.copyOf(out, n);
    }
}
