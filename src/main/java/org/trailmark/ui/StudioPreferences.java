package org.trailmark.ui;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.trailmark.ui.theme.Theme;

/**
 * What the studio remembers between runs: the theme and where the window was. Stored with
 * {@link Preferences}; tests pass a node of their own so they never touch the person's settings.
 */
public final class StudioPreferences {
    private static final String THEME = "theme";
    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String MAXIMIZED = "window.maximized";

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

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            // Preferences are a convenience: a read-only home must not stop the studio.
        }
    }
}
