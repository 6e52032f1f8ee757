package org.trailmark.ui.common;

import java.net.URL;
import javafx.scene.Parent;

/**
 * Stylesheets of the pages that read like a document (My data, the start screen, the record of processing).
 * What they share, the page background, headline, cards and muted text, is written once in styles/pages.css;
 * each page's own sheet comes after it, so its sizes and spacing (and its own classes) win.
 */
public final class PageSheets {
    public static final String SHARED = "/styles/pages.css";

    private PageSheets() {
    }

    /** Adds the shared sheet and then {@code pageSheet} to a view, so it looks right in any scene the theme styles. */
    public static void use(Parent view, String pageSheet) {
        for (String name : new String[] {SHARED, pageSheet}) {
            URL sheet = PageSheets.class.getResource(name);
            if (sheet != null) {
                view.getStylesheets().add(sheet.toExternalForm());
            }
        }
    }
}
