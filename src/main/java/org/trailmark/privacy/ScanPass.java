package org.trailmark.privacy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trailmark.model.EventKind;
import org.trailmark.model.EventSink;
import org.trailmark.model.EventSource;
import org.trailmark.model.SessionLog;
import org.trailmark.replay.TextReconstruction;

/**
 * The one pass over a session's events (pointer moves left out) that a scan needs: it replays keys
 * into text, notes where entries break, and scans window titles and kept clipboard text as they
 * go by. It holds no event once it has passed, so it costs the typed text, not the session.
 */
final class ScanPass implements EventSink {
    private final EventSource events;
    final TextReconstruction text;
    final EntryBreaks breaks;
    final List<Finding> titleFindings = new ArrayList<>();
    final List<Finding> clipboardFindings = new ArrayList<>();
    private final Map<Integer, List<TextMatch>> byTitle = new HashMap<>();
    private long scannedChars;
    private boolean focused;
    private int focusTitle;
    private int focusMs;
    private int lastMs;

    ScanPass(EventSource events) {
        this.events = events;
        this.text = TextReconstruction.textOnly(events::string, events.stringCount());
        this.breaks = new EntryBreaks(events);
    }

    @Override
    public void event(int position, byte kind, int time, int a, int b) {
        lastMs = time;
        text.event(position, kind, time, a, b);
        breaks.event(position, kind, time, a);
        if (kind == EventKind.FOCUS.code()) {
            endTitle(Math.max(focusMs + 1, time));
            focused = true;
            focusTitle = b;
            focusMs = time;
        } else if (kind == EventKind.CLIPBOARD.code() && b != SessionLog.NO_STRING) {
            clipboard(position, time, events.string(b));
        }
    }

    /** Call after the last event: the last window shown lasts to the session's end. */
    void finish() {
        endTitle(Math.max(focusMs + 1, lastMs));
        focused = false;
    }

    long scannedChars() {
        return scannedChars;
    }

    /** A title is flagged over the whole time its window had focus; each distinct title is scanned once. */
    private void endTitle(int to) {
        if (!focused) {
            return;
        }
        String title = focusTitle < 0 ? null : events.string(focusTitle);
        if (title == null || title.isEmpty()) {
            return;
        }
        List<TextMatch> hits = byTitle.computeIfAbsent(focusTitle, id -> {
            scannedChars += title.length();
            return TextScanner.scan(title);
        });
        for (TextMatch m : hits) {
            String value = title.substring(m.start(), m.end());
            titleFindings.add(new Finding(m.kind(), focusMs, to, m.confidence(), Previews.mask(m.kind(), value),
                    Finding.Origin.WINDOW_TITLE, new int[0]));
        }
    }

    /** Clipboard text is scanned like a title: whole, at the moment it was copied or pasted. */
    private void clipboard(int position, int time, String clip) {
        scannedChars += clip.length();
        for (TextMatch m : TextScanner.scan(clip)) {
            String value = clip.substring(m.start(), m.end());
            clipboardFindings.add(new Finding(m.kind(), time, time + 1, m.confidence(), Previews.mask(m.kind(), value),
                    Finding.Origin.CLIPBOARD, new int[] {position}));
        }
    }
}
