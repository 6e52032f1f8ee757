package org.trailmark.ui.review;

import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.trailmark.store.TasksAndFlags;

/**
 * The adjudication view's state: which span of which version's row is picked, and the decisions a
 * reviewer makes from it (Take, Take all, Drop from gold). Each decision runs through the review's
 * lane like any edit, so it is committed, audited and undone with Ctrl+Z.
 */
public final class AdjudicationModel {
    /** The gold row's name in the view. */
    public static final String GOLD_ROW = "Gold";

    /** A span picked in a row: a task or a flag of one version ({@link #GOLD_ROW} for the gold set). */
    public record Pick(String version, boolean flag, long id) {
        public Pick {
            Objects.requireNonNull(version, "version");
        }

        boolean inGold() {
            return GOLD_ROW.equals(version);
        }
    }

    private final ReviewViewModel review;
    private final ObjectProperty<Pick> picked = new SimpleObjectProperty<>(this, "picked");

    AdjudicationModel(ReviewViewModel review) {
        this.review = review;
        review.versionsProperty().addListener((obs, old, now) -> {
            if (picked.get() != null && !stillThere(picked.get(), now)) {
                picked.set(null);
            }
        });
    }

    public ReadOnlyObjectProperty<VersionState> versionsProperty() {
        return review.versionsProperty();
    }

    public ObjectProperty<Pick> pickedProperty() {
        return picked;
    }

    /** The open session's length, to lay the rows out on. */
    public long lengthMs() {
        return review.sessionLengthMs();
    }

    /** T: copies the picked task or flag of a labeler's version into the gold set. */
    public boolean take() {
        Pick pick = picked.get();
        if (!ready()) {
            return false;
        }
        if (pick == null || pick.inGold()) {
            review.say(pick == null ? "Pick a task or flag in a labeler's row first"
                    : "That is in the gold set already; Drop from gold removes it");
            return false;
        }
        String session = review.sessionIdProperty().get();
        String what = (pick.flag() ? "flag " : "task ") + pick.id() + " from " + pick.version();
        return review.adjudicate("Taking " + what, a -> pick.flag() ? a.takeFlag(session, pick.version(), pick.id())
                : a.takeTask(session, pick.version(), pick.id()), "Took " + what + " into the gold set").isPresent();
    }

    /** The picked row's whole version becomes the gold tasks; its flags join the gold flags. */
    public boolean takeAll() {
        Pick pick = picked.get();
        if (!ready()) {
            return false;
        }
        if (pick == null || pick.inGold()) {
            review.say("Pick something in the row of the labeler whose version to take");
            return false;
        }
        String session = review.sessionIdProperty().get();
        return review.adjudicate("Taking all of " + pick.version() + "'s version",
                a -> a.takeAll(session, pick.version()), "Took all of " + pick.version() + "'s version").isPresent();
    }

    /** Removes the picked gold task. */
    public boolean dropFromGold() {
        Pick pick = picked.get();
        if (!ready()) {
            return false;
        }
        if (pick == null || !pick.inGold() || pick.flag()) {
            review.say("Pick a task in the gold row to drop it");
            return false;
        }
        String session = review.sessionIdProperty().get();
        return review.adjudicate("Dropping gold task " + pick.id(), a -> {
            a.dropGoldTask(session, pick.id());
            return Boolean.TRUE;
        }, "Dropped task " + pick.id() + " from the gold set").isPresent();
    }

    private boolean ready() {
        if (!review.versionsProperty().get().readyToAdjudicate()) {
            review.say("Adjudication opens on a double-labelled session once every labeler has submitted");
            return false;
        }
        return true;
    }

    private static boolean stillThere(Pick pick, VersionState state) {
        TasksAndFlags rows = pick.inGold() ? state.gold() : state.submitted().get(pick.version());
        if (rows == null) {
            return false;
        }
        return pick.flag() ? rows.flags().stream().anyMatch(f -> f.id() == pick.id())
                : rows.tasks().stream().anyMatch(t -> t.id() == pick.id());
    }
}
