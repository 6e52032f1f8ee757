package org.trailmark.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.trailmark.model.ReviewStatus;
import org.trailmark.ui.browser.BrowserState;
import org.trailmark.ui.browser.SessionFilter;
import org.trailmark.ui.theme.Theme;

/**
 * What the studio remembers between runs: the theme, where the window and its dividers were, the session
 * browser's filters and selected session, and the role chosen on the start screen. Stored with
 * {@link Preferences}; tests pass a node of their own so they never touch the person's settings.
 */
public final class StudioPreferences {
    private static final String THEME = "theme";
    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String MAXIMIZED = "window.maximized";
    private static final String BROWSER_TEXT = "browser.text";
    private static final String BROWSER_SUBJECT = "browser.subject";
    private static final String BROWSER_APP = "browser.app";
    private static final String BROWSER_STATUS = "browser.status";
    private static final String BROWSER_FROM = "browser.from";
    private static final String BROWSER_TO = "browser.to";
    private static final String BROWSER_SESSION = "browser.session";
    private static final String SIDE_PANEL_DIVIDER = "window.sidePanelDivider";
    private static final String REVIEW_DIVIDER = "window.reviewDivider";
    private static final String SESSION_LIST = "window.sessionList";
    private static final String ROLE = "start.role";
    private static final String ROLE_SUBJECT = "start.subject";
    private static final String RECENT = "recent.";
    private static final int RECENT_SLOTS = 8;
    private static final String LABELER = "labeler";
    private static final String SUBJECT = "subject";
    /** The session list's share of the window when nothing was remembered. */
    public static final double DEFAULT_SIDE_PANEL_DIVIDER = 0.34;
    /** The player's share of the height above the review panel when nothing was remembered. */
    public static final double DEFAULT_REVIEW_DIVIDER = 0.62;

    /** Window placement; x and y are NaN when the system should choose. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
        public static final WindowBounds DEFAULT = new WindowBounds(Double.NaN, Double.NaN, 1280, 800, false);

        public boolean hasPosition() {
            return !Double.isNaN(x) && !Double.isNaN(y);
        }
    }

    private final Preferences node;

    public StudioPreferences(Preferences node) {
        this.node = node;
    }

    /** The person's own settings. */
    public static StudioPreferences forUser() {
        return new StudioPreferences(Preferences.userRoot().node("org/trailmark/studio"));
    }

    public Theme theme() {
        return Theme.ofKey(node.get(THEME, Theme.LIGHT.key())).orElse(Theme.LIGHT);
    }

    public void setTheme(Theme theme) {
        node.put(THEME, theme.key());
        flush();
    }

    public WindowBounds windowBounds() {
        double width = node.getDouble(WIDTH, WindowBounds.DEFAULT.width());
        double height = node.getDouble(HEIGHT, WindowBounds.DEFAULT.height());
        if (!(width >= 400) || !(height >= 300)) {
            return WindowBounds.DEFAULT;
        }
        return new WindowBounds(node.getDouble(X, Double.NaN), node.getDouble(Y, Double.NaN), width, height,
                node.getBoolean(MAXIMIZED, false));
    }

    public void setWindowBounds(WindowBounds bounds) {
        if (bounds.hasPosition()) {
            node.putDouble(X, bounds.x());
            node.putDouble(Y, bounds.y());
        }
        node.putDouble(WIDTH, bounds.width());
        node.putDouble(HEIGHT, bounds.height());
        node.putBoolean(MAXIMIZED, bounds.maximized());
        flush();
    }

    /** Where the divider between the session list and the player was left (0..1 of the width). */
    public double sidePanelDivider() {
        double position = node.getDouble(SIDE_PANEL_DIVIDER, DEFAULT_SIDE_PANEL_DIVIDER);
        // a list squeezed to nothing or a player squeezed out is no place to come back to
        return position >= 0.15 && position <= 0.7 ? position : DEFAULT_SIDE_PANEL_DIVIDER;
    }

    public void setSidePanelDivider(double position) {
        node.putDouble(SIDE_PANEL_DIVIDER, position);
        flush();
    }

    /** Where the divider between the player and the review panel was left (0..1 of the height). */
    public double reviewDivider() {
        double position = node.getDouble(REVIEW_DIVIDER, DEFAULT_REVIEW_DIVIDER);
        // the player's stage or the review's tables squeezed to a sliver is no place to come back to
        return position >= 0.3 && position <= 0.85 ? position : DEFAULT_REVIEW_DIVIDER;
    }

    public void setReviewDivider(double position) {
        node.putDouble(REVIEW_DIVIDER, position);
        flush();
    }

    /** Whether the session list was left shown beside the player (it is, until someone hides it). */
    public boolean sessionListShown() {
        return node.getBoolean(SESSION_LIST, true);
    }

    /** Whether someone has shown or hidden the session list; until then the window's width decides. */
    public boolean sessionListChosen() {
        return node.get(SESSION_LIST, null) != null;
    }

    public void setSessionListShown(boolean shown) {
        node.putBoolean(SESSION_LIST, shown);
        flush();
    }

    /** The role chosen on the start screen with "Remember my choice", if any. */
    public java.util.Optional<StudioRole> rememberedRole() {
        String role = node.get(ROLE, null);
        if (LABELER.equals(role)) {
            return java.util.Optional.of(StudioRole.LABELER);
        }
        String subject = node.get(ROLE_SUBJECT, null);
        if (SUBJECT.equals(role) && subject != null && !subject.isBlank()) {
            return java.util.Optional.of(StudioRole.subject(subject));
        }
        return java.util.Optional.empty();
    }

    /** Remembers the role, or forgets any remembered one when {@code role} is null. */
    public void setRememberedRole(StudioRole role) {
        if (role == null) {
            node.remove(ROLE);
            node.remove(ROLE_SUBJECT);
        } else {
            node.put(ROLE, role.isSubject() ? SUBJECT : LABELER);
            putOrRemove(ROLE_SUBJECT, role.subject());
        }
        flush();
    }

    /** The workspaces opened last, newest first (see {@code ui.workspace.RecentWorkspaces}). */
    public java.util.List<String> recentWorkspaces() {
        java.util.List<String> entries = new java.util.ArrayList<>();
        for (int i = 0; i < RECENT_SLOTS; i++) {
            String entry = node.get(RECENT + i, null);
            if (entry != null && !entry.isBlank()) {
                entries.add(entry);
            }
        }
        return entries;
    }

    public void setRecentWorkspaces(java.util.List<String> entries) {
        for (int i = 0; i < RECENT_SLOTS; i++) {
            putOrRemove(RECENT + i, i < entries.size() ? entries.get(i) : null);
        }
        flush();
    }

    /** The browser's last filters and selected session; anything unreadable counts as unset. */
    public BrowserState browserState() {
        SessionFilter filter = new SessionFilter(node.get(BROWSER_TEXT, ""), node.get(BROWSER_SUBJECT, null),
                node.get(BROWSER_APP, null),
                ReviewStatus.ofWireName(node.get(BROWSER_STATUS, "")).orElse(null),
                date(node.get(BROWSER_FROM, null)), date(node.get(BROWSER_TO, null)));
        return new BrowserState(filter, node.get(BROWSER_SESSION, null));
    }

    public void setBrowserState(BrowserState state) {
        SessionFilter filter = state.filter();
        putOrRemove(BROWSER_TEXT, filter.text().isEmpty() ? null : filter.text());
        putOrRemove(BROWSER_SUBJECT, filter.subject());
        putOrRemove(BROWSER_APP, filter.app());
        putOrRemove(BROWSER_STATUS, filter.status() == null ? null : filter.status().wireName());
        putOrRemove(BROWSER_FROM, filter.from() == null ? null : filter.from().toString());
        putOrRemove(BROWSER_TO, filter.to() == null ? null : filter.to().toString());
        putOrRemove(BROWSER_SESSION, state.selectedId());
        flush();
    }

    private void putOrRemove(String key, String value) {
        if (value == null) {
            node.remove(key);
        } else {
            // Preferences refuse values longer than this; a filter that long is not worth keeping
            node.put(key, value.length() > Preferences.MAX_VALUE_LENGTH ? "" : value);
        }
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            // Preferences are a convenience: a read-only home must not stop the studio.
        }
    }
}
