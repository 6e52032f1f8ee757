package org.trailmark.io.ducktrack;

/**
 * A change of the foreground window at a recorder time stamp (seconds, same clock as the events).
 *
 * @param title the window title, or null when the recorder gave only the application
 */
public record FocusChange(double timeStamp, String app, String title) {
}
