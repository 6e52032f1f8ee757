package org.trailmark.ui.export;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;

/**
 * The output folder as text a person types: "~" stands for their home folder, blank or a path the
 * system cannot use means no folder yet. Typing sets the folder; choosing one with the folder
 * dialog shows its path, without rewriting what is being typed while it names the same folder.
 */
final class FolderText {
    private FolderText() {
    }

    /** The folder the text names, or null. A relative path stays relative: the wizard asks for a full one. */
    static Path parse(String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return null;
        }
        if (typed.equals("~") || typed.startsWith("~/")) {
            typed = System.getProperty("user.home") + typed.substring(1);
        }
        try {
            return Path.of(typed);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    static String show(Path folder) {
        return folder == null ? "" : folder.toString();
    }

    /** Keeps the field and the folder in step both ways. */
    static void bind(StringProperty text, ObjectProperty<Path> folder) {
        text.set(show(folder.get()));
        text.addListener((obs, old, now) -> {
            Path typed = parse(now);
            if (!java.util.Objects.equals(typed, folder.get())) {
                folder.set(typed);
            }
        });
        folder.addListener((obs, old, now) -> {
            if (!java.util.Objects.equals(parse(text.get()), now)) {
                text.set(show(now));
            }
        });
    }
}
