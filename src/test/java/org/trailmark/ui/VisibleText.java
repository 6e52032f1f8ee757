package org.trailmark.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import javafx.stage.Window;

/** Every text a person can see in the showing windows: labels, cells, menus in the bar, fields. */
final class VisibleText {
    private VisibleText() {
    }

    static List<String> ofAllWindows() {
        List<String> texts = new ArrayList<>();
        for (Window window : new ArrayList<>(Window.getWindows())) {
            if (window.isShowing() && window.getScene() != null) {
                collect(window.getScene().getRoot(), texts);
            }
        }
        return texts;
    }

    static List<String> of(Node root) {
        List<String> texts = new ArrayList<>();
        collect(root, texts);
        return texts;
    }

    private static void collect(Node node, List<String> texts) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Text text && text.getText() != null && !text.getText().isEmpty()) {
            texts.add(text.getText());
        }
        if (node instanceof TextInputControl input && input.getText() != null) {
            texts.add(input.getText());
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, texts);
            }
        }
    }
}
