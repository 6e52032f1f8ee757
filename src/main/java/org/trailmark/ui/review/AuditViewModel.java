package org.trailmark.ui.review;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.trailmark.store.AuditEntry;
import org.trailmark.store.Workspace;
import org.trailmark.ui.common.BackgroundTask;
import org.trailmark.ui.common.TaskExecutor;

/**
 * The workspace's audit log as a filterable list: by action, by actor and by session. The log
 * holds ids, statuses and field names only, so nothing here can show typed text.
 */
public final class AuditViewModel {
    /** The action filter's "no filter" choice. */
    public static final String ANY = "Any";

    private final java.util.function.Supplier<List<AuditEntry>> source;
    private final TaskExecutor executor;
    private final java.util.function.Consumer<Throwable> readFailed;
    private final ObservableList<AuditEntry> all = FXCollections.observableArrayList();
    private final FilteredList<AuditEntry> shown = new FilteredList<>(all);
    private final ObservableList<String> actions = FXCollections.observableArrayList(ANY);
    private final ObjectProperty<String> action = new SimpleObjectProperty<>(this, "action", ANY);
    private final StringProperty actor = new SimpleStringProperty(this, "actor", "");
    private final StringProperty session = new SimpleStringProperty(this, "session", "");

    /** The whole workspace's log, for labelers; {@code readFailed} hears why a read failed. */
    public AuditViewModel(Workspace workspace, TaskExecutor executor,
                          java.util.function.Consumer<Throwable> readFailed) {
        this(allOf(Objects.requireNonNull(workspace, "workspace")), executor, readFailed);
    }

    /**
     * The entries {@code source} gives, oldest first; subject mode passes the entries about that
     * person alone, so no other person's session id reaches the window.
     */
    public AuditViewModel(java.util.function.Supplier<List<AuditEntry>> source, TaskExecutor executor,
                          java.util.function.Consumer<Throwable> readFailed) {
        this.source = Objects.requireNonNull(source, "source");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.readFailed = Objects.requireNonNull(readFailed, "readFailed");
        action.addListener(obs -> refilter());
        actor.addListener(obs -> refilter());
        session.addListener(obs -> refilter());
    }

    private static java.util.function.Supplier<List<AuditEntry>> allOf(Workspace workspace) {
        return () -> workspace.audit().entries(null);
    }

    /** Reads the log again on the interactive lane and shows it; the window calls it as it comes to the front. */
    public void refresh() {
        executor.execute(BackgroundTask.interactive("Reading the audit log", progress -> read())
                .onSuccess(this::show)
                .onFailure(readFailed::accept));
    }

    /**
     * Reads the log, newest first: database work, so the studio calls it on the interactive lane
     * and hands the result to {@link #show} on the UI thread.
     */
    public List<AuditEntry> read() {
        List<AuditEntry> entries = new java.util.ArrayList<>(source.get());
        java.util.Collections.reverse(entries);
        return entries;
    }

    /** Shows entries {@link #read} returned, keeping the filters where they still apply. */
    public void show(List<AuditEntry> entries) {
        all.setAll(entries);
        TreeSet<String> names = new TreeSet<>();
        entries.forEach(e -> names.add(e.action()));
        String chosen = action.get();
        actions.setAll(ANY);
        actions.addAll(names);
        if (chosen != null && !actions.contains(chosen)) {
            action.set(ANY);
        }
        refilter();
    }

    public ObservableList<AuditEntry> entries() {
        return shown;
    }

    public ObservableList<String> actions() {
        return actions;
    }

    public ObjectProperty<String> actionProperty() {
        return action;
    }

    /** Part of an actor's name, any case. */
    public StringProperty actorProperty() {
        return actor;
    }

    /** Part of a session id, any case. */
    public StringProperty sessionProperty() {
        return session;
    }

    private void refilter() {
        String a = action.get();
        String who = actor.get() == null ? "" : actor.get().strip().toLowerCase(Locale.ROOT);
        String s = session.get() == null ? "" : session.get().strip().toLowerCase(Locale.ROOT);
        shown.setPredicate(e -> (a == null || ANY.equals(a) || a.equals(e.action()))
                && (who.isEmpty() || e.actor().toLowerCase(Locale.ROOT).contains(who))
                && (s.isEmpty() || (e.sessionId() != null && e.sessionId().toLowerCase(Locale.ROOT).contains(s))));
    }
}
