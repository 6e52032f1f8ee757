package org.trailmark.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.stage.Stage;

/**
 * What {@link WindowGeometryDriver} tells the test about a window, one line each: the window's
 * outer frame and its content area as JavaFX sees them after the window manager placed it, and the
 * screen bounds of every button the person is meant to see.
 *
 * <pre>WINDOW key x y width height contentX contentY contentWidth contentHeight title
 * BUTTON key minX minY maxX maxY text</pre>
 */
final class WindowReport {
    private WindowReport() {
    }

    /** The outer frame, to tell when the window manager has stopped moving the window. */
    record Frame(double x, double y, double width, double height) {
        static Frame of(Stage window) {
            return new Frame(window.getX(), window.getY(), window.getWidth(), window.getHeight());
        }
    }

    static List<String> lines(String key, Stage window) {
        List<String> lines = new ArrayList<>();
        window.getScene().getRoot().applyCss();
        window.getScene().getRoot().layout();
        lines.add(String.format(Locale.ROOT, "WINDOW %s %.0f %.0f %.0f %.0f %.0f %.0f %.0f %.0f %s", key,
                window.getX(), window.getY(), window.getWidth(), window.getHeight(),
                window.getX() + window.getScene().getX(), window.getY() + window.getScene().getY(),
                window.getScene().getWidth(), window.getScene().getHeight(), window.getTitle()));
        collectButtons(window.getScene().getRoot(), button -> {
            Bounds b = button.localToScreen(button.getLayoutBounds());
            String text = button.getText() == null || button.getText().isBlank() ? "(icon)" : button.getText();
            lines.add(String.format(Locale.ROOT, "BUTTON %s %.0f %.0f %.0f %.0f %s", key, b.getMinX(), b.getMinY(),
                    b.getMaxX(), b.getMaxY(), text.replace('\n', ' ')));
        });
        return lines;
    }

    /**
     * The buttons shown: visible all the way up, not inside a scroll pane's content (a scroll
     * pane may hide them below its edge on purpose), and not in a table cell or a menu.
     */
    private static void collectButtons(Node node, java.util.function.Consumer<ButtonBase> visit) {
        if (!node.isVisible() || node.getStyleClass().contains("scroll-pane")
                || node.getStyleClass().contains("table-view") || node.getStyleClass().contains("menu-bar")
                || node.getStyleClass().contains("combo-box-base")) {
            return;
        }
        if (node instanceof ButtonBase button && node.getStyleClass().contains("button")) {
            visit.accept(button);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectButtons(child, visit);
            }
        }
    }
}
