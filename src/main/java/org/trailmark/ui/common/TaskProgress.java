package org.trailmark.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The observable state of background work: whether any is running, and the message and fraction
 * of the most recent update. Only touched on the UI thread (or the test thread).
 */
public final class TaskProgress {
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(this, "fraction", 0);
    private int active;

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** 0..1, or -1 while the amount of work is unknown (an indeterminate bar). */
    public ReadOnlyDoubleProperty fractionProperty() {
        return fraction.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    public String getMessage() {
        return message.get();
    }

    public double getFraction() {
        return fraction.get();
    }

    void begin(String title) {
        active++;
        running.set(true);
        message.set(title);
        fraction.set(-1);
    }

    void update(String text, double value) {
        if (text != null && !text.isBlank()) {
            message.set(text);
        }
        fraction.set(value < 0 || Double.isNaN(value) ? -1 : Math.min(1, value));
    }

    void end() {
        active = Math.max(0, active - 1);
        if (active == 0) {
            running.set(false);
            message.set("");
            fraction.set(0);
        }
    }
}
