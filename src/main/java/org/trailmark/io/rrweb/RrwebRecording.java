package org.trailmark.io.rrweb;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.trailmark.io.ImportLimits;
import org.trailmark.io.Problem;
import org.trailmark.io.ducktrack.ProblemSink;
import org.trailmark.model.Screen;
import org.trailmark.model.SessionLog;

/**
 * Maps rrweb events to a session, one event at a time in file order. Which event does what is a
 * table per level (event type, incremental source, mouse interaction), after rrweb's
 * {@code packages/types/src/index.ts}.
 */
final class RrwebRecording implements RrwebClock.Listener {
    private static final double MAX_TIMESTAMP = 1e13; // epoch ms of the year 2286
    private static final int FULL_SNAPSHOT = 2;
    private static final int META = 4;

    /** What one kind of event does. */
    @FunctionalInterface
    private interface Handler {
        void handle(JsonNode data, long time, long line, long index);
    }

    private final Path file;
    private final ProblemSink sink;
    private final TimeOrder order;
    private final RrwebClock clock;
    private final PageDom dom = new PageDom();
    private final FieldTyping typing;
    private final PageFocus focus;
    private final PointerInput pointer;
    private final ScrollWheel wheel;
    private final Viewport viewport = new Viewport();
    private final DroppedData dropped;
    private final Map<Integer, Handler> byType;
    private final Map<Integer, Handler> bySource;
    private final Map<Integer, Handler> byInteraction;

    RrwebRecording(Path file, ImportLimits limits, ProblemSink sink) {
        this.file = file;
        this.sink = sink;
        this.order = new TimeOrder(limits, file);
        this.clock = new RrwebClock(file, sink, this);
        this.typing = new FieldTyping(order, dom);
        this.focus = new PageFocus(order, typing);
        this.pointer = new PointerInput(order, file, sink);
        this.wheel = new ScrollWheel(order, dom, pointer);
        this.dropped = new DroppedData(file);
        Handler none = (data, time, line, index) -> { };
        byType = Map.of(
                0, none, // DomContentLoaded: no data
                1, none, // Load: no data
                FULL_SNAPSHOT, this::snapshot,
                3, this::incremental,
                META, this::meta,
                5, drop("custom events (the page's own data)"),
                6, drop("plugin records (console logs and the like, which may hold secrets: never copied)"),
                7, drop("captured assets (images, files)"));
        bySource = Map.ofEntries(
                Map.entry(0, this::mutation),
                Map.entry(1, (data, time, line, index) -> pointer.moves(data, time)),
                Map.entry(2, this::interaction),
                Map.entry(3, this::scroll),
                Map.entry(4, this::viewportResize),
                Map.entry(5, this::input),
                Map.entry(6, (data, time, line, index) -> pointer.moves(data, time)),
                Map.entry(7, drop("media plays, pauses and seeks")),
                Map.entry(8, drop("style sheet changes")),
                Map.entry(9, drop("canvas drawings")),
                Map.entry(10, drop("web fonts")),
                Map.entry(11, drop("console log records (they may hold secrets: never copied)")),
                Map.entry(12, (data, time, line, index) -> pointer.moves(data, time)),
                Map.entry(13, drop("style changes")),
                Map.entry(14, drop("text selections")),
                Map.entry(15, drop("adopted style sheets")),
                Map.entry(16, drop("custom element definitions")));
        byInteraction = Map.ofEntries(
                Map.entry(0, pointer::up),
                Map.entry(1, pointer::down),
                Map.entry(2, pointer::click),
                Map.entry(3, pointer::contextMenu),
                Map.entry(4, pointer::doubleClick),
                Map.entry(5, (data, time, line, index) -> typing.focus(RrwebJson.integer(data, "id", -1), time)),
                Map.entry(6, (data, time, line, index) -> typing.blur(time)),
                Map.entry(7, pointer::down),
                Map.entry(8, (data, time, line, index) -> { }), // TouchMove_Departed: moves come as TouchMove
                Map.entry(9, pointer::up),
                Map.entry(10, pointer::up));
    }

    /** One event as parsed from the file. */
    void accept(JsonNode event, long line, long index) throws IOException {
        if (!event.isObject()) {
            sink.warn(file, line, "event " + index + " is not a JSON object: skipped");
            return;
        }
        JsonNode typeNode = event.get("type");
        if (typeNode == null || !typeNode.isIntegralNumber() || !typeNode.canConvertToInt() || typeNode.intValue() < 0) {
            sink.warn(file, line, "event " + index + (typeNode == null ? ": missing type" : ": type is not a whole number")
                    + ": skipped");
            return;
        }
        int type = typeNode.intValue();
        if (!byType.containsKey(type)) {
            dropped.unknown("event type " + type, line, index);
            return;
        }
        double timestamp = RrwebJson.number(event, "timestamp");
        if (Double.isNaN(timestamp) || timestamp <= 0 || timestamp > MAX_TIMESTAMP) {
            sink.warn(file, line, "event " + index + (event.get("timestamp") == null ? ": missing timestamp"
                    : Double.isNaN(timestamp) ? ": timestamp is not a number" : ": timestamp out of range") + ": skipped");
            return;
        }
        JsonNode data = event.get("data");
        if (data != null && !data.isObject() || data == null && type >= FULL_SNAPSHOT) {
            sink.warn(file, line, "event " + index + (data == null ? ": missing data" : ": data is not an object")
                    + ": skipped");
            return;
        }
        clock.offer(new RrwebClock.Pending(Math.round(timestamp), line, index, type, data));
    }

    @Override
    public void kept(RrwebClock.Pending event, long time) throws IOException {
        order.advance(time);
        if (event.type() != META && event.type() != FULL_SNAPSHOT) {
            focus.flush();
        }
        byType.get(event.type()).handle(event.data(), time, event.line(), event.index());
    }

    @Override
    public void clockReset(long at) {
        order.add(at, true, (log, t) -> log.pause(t));
        order.add(at, true, (log, t) -> log.resume(t));
    }

    /** Ends the read: every waiting event goes to the log. */
    SessionLog finish() throws IOException {
        clock.finish();
        focus.flush();
        order.finish();
        return order.log().build();
    }

    /** Epoch ms of session time 0, or MIN_VALUE when nothing was kept. */
    long origin() {
        return order.origin();
    }

    List<Screen> screens() {
        return viewport.screens();
    }

    /** Notes and counted warnings about the whole file, after {@link #finish()}. */
    List<Problem> closingProblems() {
        List<Problem> out = new ArrayList<>(dropped.warnings());
        if (pointer.badPositions() > 0) {
            out.add(Problem.warning(file, 0, String.format("%,d pointer positions without usable x, y and timeOffset"
                    + " skipped", pointer.badPositions())));
        }
        if (order.beyondRange() > 0) {
            out.add(Problem.warning(file, 0, String.format("%,d events more than 24.8 days after the first skipped"
                    + " (a session cannot be longer)", order.beyondRange())));
        }
        if (screens().isEmpty()) {
            out.add(Problem.warning(file, 0, "no Meta or ViewportResize event gives the viewport's size:"
                    + " the session has no screen size"));
        }
        if (dom.snapshots() > 0 || dom.mutations() > 0) {
            out.add(Problem.note(file, String.format("the page itself is not kept: %,d full snapshot%s and %,d DOM"
                    + " change%s (%,d nodes) were read for form fields and the page title only; text typed into"
                    + " editable page content (not a form field) reaches rrweb as DOM changes and is not in the"
                    + " session's text", dom.snapshots(), plural(dom.snapshots()), dom.mutations(),
                    plural(dom.mutations()), dom.nodes())));
        }
        if (typing.maskedValues() > 0) {
            out.add(Problem.note(file, String.format("%,d input value%s had been masked by the recorder (rrweb"
                    + " maskInputOptions or maskAllInputs): kept masked as *, not scanned", typing.maskedValues(),
                    plural(typing.maskedValues()))));
        }
        if (typing.choices() > 0) {
            out.add(Problem.note(file, String.format("%,d changes of check boxes, lists and file pickers: the field"
                    + " is kept, its value is not", typing.choices())));
        }
        if (pointer.touchOrPen() > 0) {
            out.add(Problem.note(file, String.format("%,d touch or pen presses imported as left-button presses (the"
                    + " session format has no pointer type)", pointer.touchOrPen())));
        }
        if (viewport.changes() > 0) {
            out.add(Problem.note(file, String.format("the viewport changed size %,d time%s; the session's screen is"
                    + " the largest, %s", viewport.changes(), plural(viewport.changes()), viewport.largest())));
        }
        out.addAll(dropped.notes());
        return out;
    }

    private Handler drop(String what) {
        return (data, time, line, index) -> dropped.drop(what);
    }

    private void snapshot(JsonNode data, long time, long line, long index) {
        dom.snapshot(data);
        wheel.pageStarted();
        focus.title(dom.title(), time);
    }

    private void mutation(JsonNode data, long time, long line, long index) {
        if (dom.mutation(data)) {
            focus.title(dom.title(), time);
        }
    }

    private void incremental(JsonNode data, long time, long line, long index) {
        JsonNode source = data.get("source");
        if (source == null || !source.isIntegralNumber() || !source.canConvertToInt()) {
            sink.warn(file, line, "event " + index + ": an incremental snapshot without a whole-number source: skipped");
            return;
        }
        Handler handler = bySource.get(source.intValue());
        if (handler == null) {
            dropped.unknown("incremental source " + source.intValue(), line, index);
            return;
        }
        handler.handle(data, time, line, index);
    }

    private void meta(JsonNode data, long time, long line, long index) {
        if (!viewport.size(RrwebJson.number(data, "width"), RrwebJson.number(data, "height"))) {
            sink.warn(file, line, "event " + index + ": Meta without a usable width and height: its size is not used");
        }
        focus.page(RrwebJson.text(data, "href"), time);
    }

    private void interaction(JsonNode data, long time, long line, long index) {
        int type = RrwebJson.integer(data, "type", -1);
        Handler handler = byInteraction.get(type);
        if (handler == null) {
            dropped.unknown("mouse interaction " + type, line, index);
            return;
        }
        handler.handle(data, time, line, index);
    }

    private void scroll(JsonNode data, long time, long line, long index) {
        if (!wheel.scroll(data, time)) {
            sink.warn(file, line, "event " + index + ": Scroll without an element id and x, y offsets: skipped");
        }
    }

    private void viewportResize(JsonNode data, long time, long line, long index) {
        if (!viewport.size(RrwebJson.number(data, "width"), RrwebJson.number(data, "height"))) {
            sink.warn(file, line, "event " + index + ": ViewportResize without a usable width and height: skipped");
        }
    }

    private void input(JsonNode data, long time, long line, long index) {
        int id = RrwebJson.integer(data, "id", -1);
        if (id < 0) {
            sink.warn(file, line, "event " + index + ": Input without a node id: skipped");
            return;
        }
        typing.input(id, RrwebJson.text(data, "text"), time);
    }

    private static String plural(long n) {
        return n == 1 ? "" : "s";
    }
}
