package org.trailmark.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.trailmark.model.EventSource;
import org.trailmark.model.FieldRole;
import org.trailmark.model.SessionLog;
import org.trailmark.replay.TextGroup;
import org.trailmark.replay.Transcript;

/**
 * Runs the detectors over everything a session reveals: each field's reconstructed text three
 * ways (all that was ever typed; what survived, so a typo fixed mid-value still matches; what
 * was deleted), the keys typed into password fields, window titles and clipboard text kept on
 * import. Every finding is mapped back to the key events that typed it (or the clipboard event
 * that held it).
 *
 * <p>One way for every caller: the events come from an {@link EventSource} (a log in memory, or a
 * stored session read chunk by chunk), in one pass that keeps the typed text and no event
 * ({@link ScanPass}); the few events a finding takes along are read again around its key presses
 * ({@link KeyNeighbourhoods}). So a scan holds the session's typed text, not its events.
 */
public final class SessionScanner {
    private static final char SEPARATOR = '\n';

    private final EntryBreaks breaks;
    private final List<Typed> typed = new ArrayList<>();
    private long scannedChars;
    /** One view of a transcript at a time, as text: reused. */
    private char[] viewText = new char[0];
    /** Where each character of the view stands in its transcript: reused. */
    private final ViewPlaces places = new ViewPlaces();

    private SessionScanner(EntryBreaks breaks) {
        this.breaks = breaks;
    }

    /** What a scan found, and how much text it read (for throughput figures). */
    public record Result(List<Finding> findings, long scannedChars) {
        public Result {
            findings = List.copyOf(findings);
        }
    }

    public static Result scan(SessionLog log) {
        return scan(EventSource.of(log));
    }

    /** The findings as suggested detector flags of the session, ready for FindingsService to store. */
    public static List<org.trailmark.model.Flag> suggestedFlags(SessionLog log, String sessionId) {
        return suggestedFlags(EventSource.of(log), sessionId);
    }

    /** As {@link #suggestedFlags(SessionLog, String)} for a session read from a source (a workspace's, say). */
    public static List<org.trailmark.model.Flag> suggestedFlags(EventSource events, String sessionId) {
        return scan(events).findings().stream().map(f -> f.toFlag(sessionId)).toList();
    }

    /** Scans a session whose events come from {@code events}: identical findings whatever the source. */
    public static Result scan(EventSource events) {
        ScanPass pass = new ScanPass(events);
        events.withoutPointerMoves(0, events.eventCount(), pass);
        pass.finish();
        SessionScanner s = new SessionScanner(pass.breaks);
        for (TextGroup g : pass.text.finish().groups()) {
            s.group(g);
        }
        List<Finding> findings = s.typedFindings(events);
        findings.addAll(pass.titleFindings);
        findings.addAll(pass.clipboardFindings);
        findings.sort(Comparator.comparingInt(Finding::startMs).thenComparingInt(Finding::endMs)
                .thenComparing(f -> f.kind().wireName()));
        return new Result(findings, s.scannedChars + pass.scannedChars());
    }

    /** A value found in typed text (or a password field's keys), before its events are complete. */
    private record Typed(FindingKind kind, int[] presses, double confidence, String preview, Finding.Origin origin) {
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
            typedFinding(tr, new Range(m.kind(), m.start(), m.end() - 1, m.confidence()));
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
        int n = 0;
        int previous = -1;
        places.clear();
        for (int i = 0; i < len; i++) {
            boolean deleted = tr.isDeleted(i);
            if (which == Which.SURVIVING && deleted || which == Which.DELETED && !deleted) {
                continue;
            }
            room(n, len - i);
            if (tr.isSecret(i) || tr.isMasked(i)) {
                // Password-field keys are a finding of their own; as text they would only blur their neighbours.
                if (n > 0 && viewText[n - 1] != SEPARATOR) {
                    places.separator(n);
                    viewText[n++] = SEPARATOR;
                }
                previous = -1;
                continue;
            }
            if (previous >= 0 && (which == Which.DELETED && previous != i - 1
                    || breaks.between(tr.typedEvent(previous), tr.typedEvent(i)))) {
                places.separator(n);
                viewText[n++] = which == Which.DELETED ? SEPARATOR : '\t';
            }
            places.character(n, i);
            viewText[n++] = tr.charAt(i);
            previous = i;
        }
        // An entry left by Tab or a click right after its last key still counts as ended.
        if (previous >= 0 && breaks.soonAfter(tr.typedEvent(previous), tr.typedMs(previous))) {
            room(n, 0);
            places.separator(n);
            viewText[n++] = '\t';
        }
        char[] text = viewText;
        scannedChars += n;
        List<Range> ranges = new ArrayList<>();
        for (TextMatch m : TextScanner.scan(text, n, title, fieldLabel, infer)) {
            int first = Integer.MAX_VALUE;
            int last = -1;
            for (int v = m.start(); v < m.end(); v++) {
                int at = places.of(v);
                if (at >= 0) {
                    first = Math.min(first, at);
                    last = Math.max(last, at);
                }
            }
            if (last >= 0) {
                ranges.add(new Range(m.kind(), first, last, m.confidence()));
            }
        }
        return ranges;
    }

    /**
     * Room in the reused view buffers for two more entries (a separator and a character) at
     * {@code n}, sized for the {@code left} characters still to come plus a few separators: a view
     * holds at most one separator per character, but few have more than a handful.
     */
    private void room(int n, int left) {
        if (n + 2 > viewText.length) {
            int size = (int) Math.min(Integer.MAX_VALUE - 8L, Math.max((long) n + 2 + left + left / 8 + 16,
                    viewText.length + (long) viewText.length / 2));
            viewText = java.util.Arrays.copyOf(viewText, size);
        }
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

    private void typedFinding(Transcript tr, Range r) {
        // Every character between the first and last, deleted typos and their corrections too.
        int[] events = new int[r.last - r.first + 1];
        StringBuilder value = new StringBuilder();
        for (int i = r.first; i <= r.last; i++) {
            events[i - r.first] = tr.typedEvent(i);
            if (!tr.isDeleted(i)) {
                value.append(tr.charAt(i));
            }
        }
        if (value.length() == 0) {
            for (int i = r.first; i <= r.last; i++) {
                value.append(tr.charAt(i));
            }
        }
        typed.add(new Typed(r.kind, events, r.confidence, Previews.mask(r.kind, value.toString()), Finding.Origin.TYPED));
    }

    private void passwordField(Transcript tr) {
        int len = tr.length();
        int i = 0;
        while (i < len) {
            if (!tr.isSecret(i) || tr.isMasked(i)) {
                i++;
                continue;
            }
            int start = i;
            while (i < len && tr.isSecret(i) && !tr.isMasked(i)) {
                i++;
            }
            int[] events = new int[i - start];
            for (int k = start; k < i; k++) {
                events[k - start] = tr.typedEvent(k);
            }
            typed.add(new Typed(FindingKind.PASSWORD, events, 0.99, Previews.mask(FindingKind.PASSWORD, ""),
                    Finding.Origin.PASSWORD_FIELD));
        }
    }

    /** The typed findings in the order they were found, each with every event it takes along. */
    private List<Finding> typedFindings(EventSource events) {
        int[] presses = typed.stream().flatMapToInt(t -> Arrays.stream(t.presses)).sorted().distinct().toArray();
        KeyNeighbourhoods around = KeyNeighbourhoods.of(events, presses);
        List<Finding> findings = new ArrayList<>();
        for (Typed t : typed) {
            int[] positions = new int[t.presses.length * 4];
            int[] times = new int[positions.length];
            int[] n = {0};
            for (int press : t.presses) {
                around.addTo(press, (position, time) -> {
                    positions[n[0]] = position;
                    times[n[0]++] = time;
                });
            }
            int start = Integer.MAX_VALUE;
            int end = 0;
            for (int k = 0; k < n[0]; k++) {
                start = Math.min(start, times[k]);
                end = Math.max(end, times[k]);
            }
            int[] sorted = Arrays.stream(positions, 0, n[0]).distinct().sorted().toArray();
            findings.add(new Finding(t.kind, start, end + 1, t.confidence, t.preview, t.origin, sorted));
        }
        return findings;
    }
}
