package org.trailmark.ui.common;

import java.util.List;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * The one place every studio window goes through for its size and position: the main window at
 * its remembered bounds clamped to a screen that is there, every other window sized from its
 * content within its {@link WindowLimits} and the visible part of its owner's screen, centred on
 * its owner. Long text wraps at the limit's width instead of widening the window.
 *
 * <p>The geometry is applied when the window has been shown and once more on the next turn of the
 * event loop: JavaFX 21 on GTK, under window managers such as openbox, maps a new window at
 * 200×200 whatever size was asked before (JDK-8316423), and only learns the frame's size once the
 * window is on screen.
 */
public final class WindowPlacement {
    private WindowPlacement() {
    }

    /** A dialog: resizable (its text may want more room), sized and placed when shown. */
    public static void dialog(Dialog<?> dialog, WindowLimits limits) {
        dialog.setResizable(true);
        fitWhenShown((Stage) dialog.getDialogPane().getScene().getWindow(), limits);
    }

    /** A window of its own (the export wizard, the audit log): sized and placed when first shown. */
    public static void window(Stage stage, WindowLimits limits) {
        fitWhenShown(stage, limits);
    }

    /**
     * The main window at {@code remembered} (outer bounds; NaN x/y to centre it), clamped to the
     * visible part of the screen holding most of it, or the primary screen when none does.
     */
    public static void mainWindow(Stage stage, Rectangle2D remembered, boolean maximized, WindowLimits limits) {
        Rectangle2D frame = WindowGeometry.clampInto(remembered, visibleBoundsFor(remembered));
        stage.setMinWidth(Math.min(limits.minWidth(), frame.getWidth()));
        stage.setMinHeight(Math.min(limits.minHeight(), frame.getHeight()));
        apply(stage, frame);
        once(stage, event -> {
            apply(stage, frame);
            Platform.runLater(() -> {
                if (stage.isShowing()) {
                    apply(stage, frame);
                    stage.setMaximized(maximized);
                }
            });
        });
    }

    /** The visible bounds (without panels and docks) of the screen holding most of {@code area}. */
    public static Rectangle2D visibleBoundsFor(Rectangle2D area) {
        List<Rectangle2D> screens = Double.isNaN(area.getMinX()) || Double.isNaN(area.getMinY()) ? List.of()
                : Screen.getScreensForRectangle(area).stream().map(Screen::getVisualBounds).toList();
        return WindowGeometry.screenFor(area, screens, Screen.getPrimary().getVisualBounds());
    }

    /** The outer bounds of a window, title bar and frame included. */
    public static Rectangle2D frameOf(Window window) {
        return new Rectangle2D(window.getX(), window.getY(), Math.max(0, window.getWidth()),
                Math.max(0, window.getHeight()));
    }

    private static void fitWhenShown(Stage stage, WindowLimits limits) {
        once(stage, event -> {
            fit(stage, limits);
            // the frame's size and the window manager's own placement are known a moment later
            Platform.runLater(() -> {
                if (stage.isShowing()) {
                    fit(stage, limits);
                }
            });
        });
    }

    /** Content size within the limits and the screen, plus the frame, centred on the owner. */
    static void fit(Stage stage, WindowLimits limits) {
        Scene scene = stage.getScene();
        if (scene == null || scene.getRoot() == null) {
            return;
        }
        Window owner = stage.getOwner();
        Rectangle2D anchor = owner != null && owner.isShowing() ? frameOf(owner)
                : Screen.getPrimary().getVisualBounds();
        Rectangle2D visible = visibleBoundsFor(anchor);
        double frameWidth = Math.max(0, stage.getWidth() - scene.getWidth());
        double frameHeight = Math.max(0, stage.getHeight() - scene.getHeight());
        Parent root = scene.getRoot();
        root.applyCss();
        double width = WindowGeometry.within(root.prefWidth(-1), limits.minWidth(), limits.maxWidth(),
                visible.getWidth() - frameWidth);
        double height = WindowGeometry.within(root.prefHeight(width), limits.minHeight(), limits.maxHeight(),
                visible.getHeight() - frameHeight);
        stage.setMinWidth(Math.min(limits.minWidth(), width) + frameWidth);
        stage.setMinHeight(Math.min(limits.minHeight(), height) + frameHeight);
        apply(stage, WindowGeometry.centredOn(anchor, width + frameWidth, height + frameHeight, visible));
    }

    private static void apply(Stage stage, Rectangle2D frame) {
        stage.setWidth(frame.getWidth());
        stage.setHeight(frame.getHeight());
        stage.setX(frame.getMinX());
        stage.setY(frame.getMinY());
    }

    /** Runs {@code action} the first time the window is shown only: a window shown again stays where it was put. */
    private static void once(Stage stage, EventHandler<WindowEvent> action) {
        EventHandler<WindowEvent> handler = new EventHandler<>() {
            @Override
            public void handle(WindowEvent event) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                action.handle(event);
            }
        };
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, handler);
    }
}
