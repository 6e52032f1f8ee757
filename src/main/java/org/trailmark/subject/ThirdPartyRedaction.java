package org.trailmark.subject;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trailmark.model.EventKind;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.SessionLog;
import org.trailmark.model.SessionLogBuilder;

/**
 * A session as its own subject may take it away: only other people's data comes out. Key events
 * inside third-party flags (any not rejected) are dropped, and a window title seen inside such a
 * flag is replaced wherever it shows, since the same title elsewhere would give it away. The
 * subject's own passwords and typing stay: they are theirs.
 */
final class ThirdPartyRedaction {
    static final String REDACTED_TITLE = "[redacted: third-party data]";

    private ThirdPartyRedaction() {
    }

    static SessionLog apply(SessionLog log, List<Flag> flags) {
        List<int[]> spans = new ArrayList<>();
        for (Flag f : flags) {
            if (f.category() == FlagCategory.THIRD_PARTY && f.masks()) {
                spans.add(new int[] {f.startMs(), f.endMs()});
            }
        }
        if (spans.isEmpty()) {
            return log;
        }
        spans.sort(Comparator.comparingInt((int[] s) -> s[0]));
        Set<String> hiddenTitles = new HashSet<>();
        for (int i = 0; i < log.size(); i++) {
            if (log.kind(i) == EventKind.FOCUS && log.b(i) != SessionLog.NO_STRING && inside(spans, log.time(i))) {
                hiddenTitles.add(log.string(log.b(i)));
            }
        }
        SessionLogBuilder b = new SessionLogBuilder(log.size());
        // A release whose press was dropped still names the key, so it goes too.
        Map<Integer, Boolean> pressDropped = new HashMap<>();
        for (int i = 0; i < log.size(); i++) {
            EventKind kind = log.kind(i);
            int t = log.time(i);
            int a = log.a(i);
            int bSlot = log.b(i);
            switch (kind) {
                case KEY_DOWN, KEY_UP -> {
                    boolean drop = inside(spans, t)
                            || (kind == EventKind.KEY_UP && pressDropped.getOrDefault(a, false));
                    if (kind == EventKind.KEY_DOWN) {
                        pressDropped.put(a, drop);
                    }
                    if (!drop) {
                        b.add(t, kind, log.x(i), log.y(i), copy(b, log, a), copy(b, log, bSlot));
                    }
                }
                case FOCUS -> {
                    boolean hide = bSlot != SessionLog.NO_STRING && hiddenTitles.contains(log.string(bSlot));
                    b.add(t, kind, log.x(i), log.y(i), copy(b, log, a),
                            hide ? b.intern(REDACTED_TITLE) : copy(b, log, bSlot));
                }
                case FIELD -> b.add(t, kind, log.x(i), log.y(i), a, copy(b, log, bSlot));
                case MARKER -> b.add(t, kind, log.x(i), log.y(i), copy(b, log, a), bSlot);
                default -> b.add(t, kind, log.x(i), log.y(i), a, bSlot);
            }
        }
        return b.build();
    }

    private static boolean inside(List<int[]> sortedSpans, int t) {
        for (int[] s : sortedSpans) {
            if (t < s[0]) {
                return false;
            }
            if (t < s[1]) {
                return true;
            }
        }
        return false;
    }

    private static int copy(SessionLogBuilder b, SessionLog log, int id) {
        return id == SessionLog.NO_STRING ? SessionLog.NO_STRING : b.intern(log.string(id));
    }
}
