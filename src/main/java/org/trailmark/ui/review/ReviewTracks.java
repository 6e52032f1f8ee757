package org.trailmark.ui.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagStatus;
import org.trailmark.model.Label;
import org.trailmark.model.Task;
import org.trailmark.privacy.ScreenMasks;
import org.trailmark.replay.TimeSpan;
import org.trailmark.ui.player.PlayerViewModel;
import org.trailmark.ui.timeline.TimelineSpan;
import org.trailmark.ui.timeline.TimelineViewModel;

/**
 * What the review puts on the timeline and the player: a bar per task (its instruction, or its
 * label, in its label's colour), a bar per flag (its category and status, never what it covers),
 * and what the player masks: typed text in flagged spans, and the recorded picture.
 */
final class ReviewTracks {
    private static final String REJECTED_COLOUR = "#9aa5b5";

    private ReviewTracks() {
    }

    /**
     * @param maskEveryFlag subject mode: a rejected flag masks too
     * @param revealed      flags a reviewer revealed in this window, which stop masking
     */
    static void show(PlayerViewModel player, List<Task> tasks, List<Flag> flags, List<Label> labels,
                     boolean maskEveryFlag, Set<Long> revealed) {
        TimelineViewModel timeline = player.timeline();
        List<TimelineSpan> taskSpans = new ArrayList<>();
        for (Task task : tasks) {
            taskSpans.add(new TimelineSpan(task.id(), task.startMs(), task.endMs(), taskText(task),
                    colourOf(task.label(), labels), 0));
        }
        timeline.setTaskSpans(taskSpans);
        List<TimelineSpan> flagSpans = new ArrayList<>();
        List<TimeSpan> masked = new ArrayList<>();
        for (Flag flag : flags) {
            flagSpans.add(new TimelineSpan(flag.id(), flag.startMs(), flag.endMs(), flagLabel(flag),
                    flag.status() == FlagStatus.REJECTED ? REJECTED_COLOUR : null, 0));
            // a region flag's stretch loses its keys and titles too, as in an export
            if ((maskEveryFlag || flag.masks()) && !revealed.contains(flag.id())) {
                masked.add(new TimeSpan(flag.startMs(), flag.endMs()));
            }
        }
        timeline.setFlagSpans(flagSpans);
        player.setMaskedSpans(masked);
        ScreenMasks pictures = maskEveryFlag ? ScreenMasks.ofEveryFlag(flags) : ScreenMasks.of(flags, revealed);
        player.setPictureMasks(pictures::at);
    }

    /** A task's bar text: the instruction as it is now, else its label, else "Task". */
    static String taskText(Task task) {
        if (!task.instruction().isBlank()) {
            return task.instruction();
        }
        return task.label() == null ? "Task" : task.label();
    }

    /**
     * A flag's label on the timeline: its category, or for a detector's finding the kind and the
     * confidence, then the status; never what it covers.
     */
    static String flagLabel(Flag flag) {
        String what = flag.detector() == null ? flag.category().label()
                : flag.detector().replace('_', ' ') + (flag.confidence() == null ? ""
                        : " " + Math.round(flag.confidence() * 100) + "%");
        return what + " \u00b7 " + flag.status().label();
    }

    /** The colour of a label of the set, or null for none. */
    static String colourOf(String label, Collection<Label> labels) {
        if (label == null) {
            return null;
        }
        for (Label l : labels) {
            if (l.name().equals(label)) {
                return l.colour();
            }
        }
        return null;
    }
}
