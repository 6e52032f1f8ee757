package org.trailmark.ui.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.trailmark.store.pg.PostgresLocation;

/**
 * The workspaces opened last, newest first, at most {@value #LIMIT}: team URLs as typed (a URL that
 * opened holds no password, PostgresLocation refuses one) and workspace files by absolute path. Read
 * from and written to the studio's preferences through the two functions given, so this list is the
 * one place that decides order, duplicates and the limit.
 */
public final class RecentWorkspaces {
    public static final int LIMIT = 8;

    private final Consumer<List<String>> save;
    private final ObservableList<String> entries = FXCollections.observableArrayList();
    /** One read-only view, kept: listeners on a view that was dropped would go with it. */
    private final ObservableList<String> readOnly = FXCollections.unmodifiableObservableList(entries);

    public RecentWorkspaces(Supplier<List<String>> load, Consumer<List<String>> save) {
        this.save = Objects.requireNonNull(save, "save");
        entries.setAll(clean(load.get()));
    }

    /** Newest first; the recent menu follows it. */
    public ObservableList<String> entries() {
        return readOnly;
    }

    /** Puts a team URL at the top, once; a URL that could hold a password is never kept. */
    public void rememberTeam(String url) {
        String text = url.strip();
        try {
            PostgresLocation.parse(text);
        } catch (RuntimeException refused) {
            return;
        }
        remember(text);
    }

    /** Puts a workspace file at the top, once, by its absolute path. */
    public void rememberFile(Path file) {
        remember(file.toAbsolutePath().normalize().toString());
    }

    /** Takes an entry off the list (it no longer opens, and the person said so). */
    public void remove(String entry) {
        if (entries.remove(entry)) {
            save.accept(List.copyOf(entries));
        }
    }

    /** Whether an entry names a team server rather than a file. */
    public static boolean isTeam(String entry) {
        return PostgresLocation.isPostgresUrl(entry);
    }

    /** How the menu names an entry: a server as user@host:port/database, a file by its name and folder. */
    public static String label(String entry) {
        if (isTeam(entry)) {
            try {
                return PostgresLocation.parse(entry).describe().substring("postgresql://".length());
            } catch (RuntimeException unreadable) {
                return entry;
            }
        }
        Path file = Path.of(entry);
        Path folder = file.getParent();
        return file.getFileName() + (folder == null ? "" : " \u2014 " + folder);
    }

    private void remember(String entry) {
        List<String> next = new ArrayList<>(entries);
        next.remove(entry);
        next.add(0, entry);
        entries.setAll(clean(next));
        save.accept(List.copyOf(entries));
    }

    /** No blanks, no duplicates, nothing past the limit. */
    private static List<String> clean(List<String> given) {
        List<String> kept = new ArrayList<>();
        for (String entry : given) {
            if (entry != null && !entry.isBlank() && !kept.contains(entry) && kept.size() < LIMIT) {
                kept.add(entry);
            }
        }
        return kept;
    }
}
