package org.trailmark.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.trailmark.model.EventKind;
import org.trailmark.model.Screen;
import org.trailmark.model.ScreenRegion;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionLog;
import org.trailmark.model.Task;
import org.trailmark.replay.Action;
import org.trailmark.replay.ActionCoalescer;
import org.trailmark.replay.ActionKind;

/**
 * Turns one redacted session into trajectory records, one per task. Typing that touches a masked
 * span, and any typing into a password field, becomes a {@code redacted} action covering the same
 * time, so the trajectory keeps its timing without the content.
 */
final class TrajectoryRecords {
    static final String REDACTED = "redacted";
    private static final int[] NO_BOUNDS = {0, 0, 0, 0};

    private final ObjectMapper mapper;
    private final boolean pyautogui;

    TrajectoryRecords(ObjectMapper mapper) {
        this(mapper, false);
    }

    TrajectoryRecords(ObjectMapper mapper, boolean pyautogui) {
        this.mapper = mapper;
        this.pyautogui = pyautogui;
    }

    /** A step of the written trajectory: a coalesced action, or a redacted stretch when {@code action} is null. */
    private record Step(int startMs, int endMs, Action action) {
    }

    /**
     * @param sessionPseudonym names the session in task and session ids: workspace session ids can name people;
     *                         a task id is the session pseudonym and the task's position in the session
     * @param pseudonym        the subject's pseudonym
     */
    List<ObjectNode> records(SessionInfo info, String sessionPseudonym, String pseudonym, List<Task> tasks,
                             RedactedSession session, ExportFilter filter, int[] redactedActionCount) {
        return records(info, sessionPseudonym, pseudonym, tasks, session, filter, redactedActionCount, null);
    }

    /** @param observations when screens are exported, what each step saw; null otherwise */
    List<ObjectNode> records(SessionInfo info, String sessionPseudonym, String pseudonym, List<Task> tasks,
                             RedactedSession session, ExportFilter filter, int[] redactedActionCount,
                             SessionObservations observations) {
        List<Step> steps = steps(session);
        int[] bounds = screenBounds(info.screens());
        List<ObjectNode> out = new ArrayList<>();
        List<Task> ordered = new ArrayList<>(tasks);
        ordered.sort(Comparator.comparingInt(Task::startMs).thenComparingLong(Task::id));
        int position = 0;
        for (Task task : ordered) {
            // Tasks are numbered within their session: a workspace row id is the same in every export
            // and would link pseudonyms across seeds and key rotations.
            position++;
            Set<String> appsOfTask = appsDuring(session.log(), task);
            if (!filter.takesTask(task, appsOfTask)) {
                continue;
            }
            ObjectNode r = mapper.createObjectNode();
            r.put("task_id", sessionPseudonym + "/" + position);
            r.put("session_id", sessionPseudonym);
            r.put("subject", pseudonym);
            r.put("instruction", task.instruction());
            r.put("label", task.label());
            r.put("outcome", task.outcome() == null ? null : task.outcome().wireName());
            ArrayNode apps = r.putArray("apps");
            appsOfTask.forEach(apps::add);
            ObjectNode screen = r.putObject("screen");
            screen.put("width", bounds[2]);
            screen.put("height", bounds[3]);
            r.put("start_ms", task.startMs());
            r.put("duration_ms", task.durationMs());
            ArrayNode actions = r.putArray("actions");
            for (Step s : steps) {
                if (s.startMs < task.startMs() || s.startMs >= task.endMs()) {
                    continue;
                }
                ObjectNode step = actions.addObject();
                step.setAll(step(s, task, bounds));
                if (observations != null) {
                    observe(step, observations.at(s.startMs));
                }
                if (s.action == null) {
                    // what the report counts is what a reader of the records sees: redacted actions written
                    redactedActionCount[0]++;
                }
            }
            out.add(r);
        }
        return out;
    }

    private List<Step> steps(RedactedSession session) {
        List<Step> steps = new ArrayList<>();
        for (Action a : ActionCoalescer.coalesce(session.log())) {
            boolean typing = a.kind() == ActionKind.TYPE || a.kind() == ActionKind.KEY || a.kind() == ActionKind.HOTKEY;
            if (a.secret() || (typing && session.overlapsMasked(a.startMs(), a.endMs()))) {
                steps.add(new Step(a.startMs(), a.endMs(), null));
            } else if (a.kind() == ActionKind.WAIT) {
                addWaitOutsideMasked(a, session.masked(), steps);
            } else {
                steps.add(new Step(a.startMs(), a.endMs(), a));
            }
        }
        for (int[] span : session.masked()) {
            steps.add(new Step(span[0], span[1], null));
        }
        steps.sort(Comparator.comparingInt(Step::startMs).thenComparingInt(s -> s.action == null ? 0 : 1));
        return mergeRedacted(steps);
    }

    /** The coalescer saw no keys in a masked span and may call it idle; the redacted step covers that time instead. */
    private static void addWaitOutsideMasked(Action wait, List<int[]> masked, List<Step> steps) {
        int from = wait.startMs();
        for (int[] span : masked) {
            if (span[1] <= from || span[0] >= wait.endMs()) {
                continue;
            }
            if (span[0] > from) {
                steps.add(new Step(from, span[0], wait));
            }
            from = Math.max(from, span[1]);
        }
        if (from < wait.endMs()) {
            steps.add(new Step(from, wait.endMs(), wait));
        }
    }

    /** Overlapping redacted stretches become one, so a trajectory never shows where one value ended. */
    private static List<Step> mergeRedacted(List<Step> steps) {
        List<Step> out = new ArrayList<>();
        for (Step s : steps) {
            Step last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (s.action == null && last != null && last.action == null && s.startMs <= last.endMs) {
                out.set(out.size() - 1, new Step(last.startMs, Math.max(last.endMs, s.endMs), null));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** Every step gets the key, so a reader sees at once that the picture was withheld rather than never taken. */
    private static void observe(ObjectNode step, Observation observation) {
        step.put("observation", observation.file());
        if (observation.withheld() != null) {
            step.put("observation_withheld", observation.withheld());
        }
    }

    private ObjectNode step(Step s, Task task, int[] bounds) {
        ObjectNode n = mapper.createObjectNode();
        Action a = s.action;
        n.put("type", a == null ? REDACTED : a.kind().wireName());
        n.put("t", s.startMs - task.startMs());
        n.put("duration", Math.min(s.endMs, task.endMs()) - s.startMs);
        if (a == null || a.kind() == ActionKind.WAIT) {
            return n;
        }
        boolean pointer = a.kind() != ActionKind.TYPE && a.kind() != ActionKind.HOTKEY && a.kind() != ActionKind.KEY;
        // Without a known screen there is nothing to normalise against, so only pixels are written.
        boolean screenKnown = bounds[2] > 0 && bounds[3] > 0;
        if (pointer) {
            n.put("x", a.x());
            n.put("y", a.y());
            if (screenKnown) {
                n.put("nx", normalised(a.x(), bounds[0], bounds[2]));
                n.put("ny", normalised(a.y(), bounds[1], bounds[3]));
            }
        }
        if (a.kind() == ActionKind.DRAG) {
            n.put("to_x", a.toX());
            n.put("to_y", a.toY());
            if (screenKnown) {
                n.put("to_nx", normalised(a.toX(), bounds[0], bounds[2]));
                n.put("to_ny", normalised(a.toY(), bounds[1], bounds[3]));
            }
        }
        if (a.kind() == ActionKind.SCROLL) {
            n.put("dx", a.scrollDx());
            n.put("dy", a.scrollDy());
        }
        if (a.text() != null) {
            n.put("text", a.text());
        }
        if (!a.keys().isEmpty()) {
            ArrayNode keys = n.putArray("keys");
            a.keys().forEach(keys::add);
        }
        String call = pyautogui ? PyautoguiCall.of(a) : null;
        if (call != null) {
            n.put("pyautogui", call);
        }
        return n;
    }

    private static double normalised(int v, int origin, int extent) {
        double n = (v - origin) / (double) extent;
        return Math.round(Math.max(0, Math.min(1, n)) * 10_000) / 10_000.0;
    }

    /** minX, minY, width, height of the union of the screens. */
    private static int[] screenBounds(List<Screen> screens) {
        ScreenRegion all = ScreenRegion.enclosing(screens);
        return all == null ? NO_BOUNDS : new int[] {all.x(), all.y(), all.width(), all.height()};
    }

    private static Set<String> appsDuring(SessionLog log, Task task) {
        Set<String> apps = new LinkedHashSet<>();
        // The app in focus when the task began counts too.
        int first = log.firstIndexAtOrAfter(task.startMs());
        for (int i = first - 1; i >= 0; i--) {
            if (log.kind(i) == EventKind.FOCUS) {
                addApp(log, i, apps);
                break;
            }
        }
        for (int i = first; i < log.size() && log.time(i) < task.endMs(); i++) {
            if (log.kind(i) == EventKind.FOCUS) {
                addApp(log, i, apps);
            }
        }
        return apps;
    }

    private static void addApp(SessionLog log, int i, Set<String> apps) {
        if (log.a(i) != SessionLog.NO_STRING) {
            apps.add(log.string(log.a(i)));
        }
    }
}
