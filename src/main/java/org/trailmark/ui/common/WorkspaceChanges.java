package org.trailmark.ui.common;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The one "the workspace changed" signal of a studio window. Whoever commits a change (a review
 * edit, its undo or redo, a private mark, a withdrawal, an erasure, an import, a scan) or is asked
 * to refresh (F5) publishes it; every view that shows workspace data (the session list and its
 * figures, "My data", the review panel and the timeline's spans, the audit log) listens and reads
 * again, so no view goes stale after an edit made elsewhere. Used on the UI thread only.
 */
public final class WorkspaceChanges {

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private long revision;

    public void listen(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Tells every listener, in the order they listened. */
    public void changed() {
        revision++;
        for (Runnable listener : listeners) {
            listener.run();
        }
    }

    /** How many changes were published; tests wait on it. */
    public long revision() {
        return revision;
    }
}
