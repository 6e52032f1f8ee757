package org.trailmark.ui.timeline;

import org.trailmark.model.SessionLogBuilder;
import org.trailmark.replay.frame.TimelineSource;

/** Tiny sessions of a chosen length for view-model tests. */
final class Sources {
    private Sources() {
    }

    static TimelineSource lasting(int durationMs) {
        SessionLogBuilder b = new SessionLogBuilder().focus(0, "Firefox", "Inbox").pointerMove(0, 1, 1);
        if (durationMs > 0) {
            b.pointerMove(durationMs, 2, 2);
        }
        return TimelineSource.of(b.build());
    }

    static TimelineViewModel model(int durationMs, double trackWidth) {
        TimelineViewModel model = new TimelineViewModel();
        model.trackWidthProperty().set(trackWidth);
        model.setSource(lasting(durationMs));
        return model;
    }
}
