package org.trailmark.io.rrweb;

/**
 * The browser tab as a window: a focus event whose app is {@value #APP} and whose title is the
 * page title and the page's address ({@code Title — https://…}), or the address alone before the
 * snapshot names a title. A Meta event (a page load) and the snapshot that follows it at once give
 * one focus event, not two: the change waits until the next event that is not part of the load.
 */
final class PageFocus {
    static final String APP = "web";
    private static final String SEPARATOR = " \u2014 ";

    private final TimeOrder order;
    private final FieldTyping typing;
    private String href;
    private String pageTitle;
    private String shown;
    private long pendingSince = Long.MIN_VALUE;

    PageFocus(TimeOrder order, FieldTyping typing) {
        this.order = order;
        this.typing = typing;
    }

    /** A Meta event: a new page (its title comes with its snapshot). */
    void page(String address, long time) {
        href = address;
        pageTitle = null;
        changed(time);
    }

    /** The page title changed (snapshot or mutation). */
    void title(String title, long time) {
        pageTitle = title;
        changed(time);
    }

    /** Emits the window change that is waiting, if the title really changed. */
    void flush() {
        if (pendingSince == Long.MIN_VALUE) {
            return;
        }
        long at = pendingSince;
        pendingSince = Long.MIN_VALUE;
        String title = windowTitle();
        if (title == null || title.equals(shown)) {
            return;
        }
        shown = title;
        order.add(at, true, (log, t) -> log.focus(t, APP, title));
        typing.windowChanged(title);
    }

    private void changed(long time) {
        if (pendingSince == Long.MIN_VALUE) {
            pendingSince = time;
        }
    }

    private String windowTitle() {
        if (pageTitle != null && href != null && !href.isBlank()) {
            return pageTitle + SEPARATOR + href;
        }
        if (pageTitle != null) {
            return pageTitle;
        }
        return href == null || href.isBlank() ? null : href;
    }
}
