package org.trailmark.replay;

/**
 * A stretch during which one window had focus.
 *
 * @param appId the session's string id of the application (stable within a session: use it to
 *              pick the app's colour), or -1 when none was named
 */
public record FocusSpan(int startMs, int endMs, int appId, String app, String title) {
    @Override
    public String toString() {
        // Window titles are captured content.
        return "FocusSpan[" + startMs + "-" + endMs + ", app#" + appId + "]";
    }
}
