package org.trailmark.ui.theme;

import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;

/**
 * The studio's colour themes. Each is the shared layout sheet (studio.css, written only in
 * looked-up colours such as {@code -tm-accent}) plus one sheet that defines those colours.
 */
public enum Theme {
    LIGHT("Light", "/styles/light.css"),
    DARK("Dark", "/styles/dark.css");

    static final String LAYOUT_SHEET = "/styles/studio.css";

    private final String label;
    private final String colourSheet;

    Theme(String label, String colourSheet) {
        this.label = label;
        this.colourSheet = colourSheet;
    }

    public String label() {
        return label;
    }

    public Theme toggled() {
        return this == LIGHT ? DARK : LIGHT;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Theme> ofKey(String key) {
        for (Theme theme : values()) {
            if (theme.key().equals(key)) {
                return Optional.of(theme);
            }
        }
        return Optional.empty();
    }

    /** The stylesheet URLs, layout first so the colour sheet can override it. */
    public List<String> stylesheets() {
        return List.of(resource(LAYOUT_SHEET), resource(colourSheet));
    }

    public void applyTo(Scene scene) {
        scene.getStylesheets().setAll(stylesheets());
    }

    /** Dialogs live in their own scenes and need the sheets too. */
    public void applyTo(DialogPane pane) {
        pane.getStylesheets().setAll(stylesheets());
    }

    private static String resource(String path) {
        URL url = Objects.requireNonNull(Theme.class.getResource(path), () -> "missing stylesheet " + path);
        return url.toExternalForm();
    }
}
