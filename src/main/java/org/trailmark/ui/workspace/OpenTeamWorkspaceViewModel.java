package org.trailmark.ui.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.trailmark.store.pg.PostgresLocation;
import org.trailmark.store.pg.PostgresLocation.PasswordSource;
import org.trailmark.ui.common.BackgroundTask;
import org.trailmark.ui.common.Formats;
import org.trailmark.ui.common.TaskExecutor;

/**
 * File ▸ Open team workspace…: the server's URL, checked as it is typed; where the password will come
 * from (PGPASSWORD, the password file, or the field, whose text is used for this connection only and
 * never saved); Connect, which tries the connection on the interactive lane and hands the opened
 * workspace over, or says in words why not.
 */
public final class OpenTeamWorkspaceViewModel {
    static final String ASK_FOR_URL = "Type the server's address: postgresql://[user@]host[:port]/database.";

    private final TaskExecutor executor;
    private final Function<String, PostgresLocation> parser;
    private final Function<PostgresLocation, OpenedWorkspace> opener;
    private final BiConsumer<String, OpenedWorkspace> onOpened;
    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", ASK_FOR_URL);
    private final ReadOnlyStringWrapper passwordNote = new ReadOnlyStringWrapper(this, "passwordNote", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper failureTitle = new ReadOnlyStringWrapper(this, "failureTitle", "");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final ReadOnlyBooleanWrapper connecting = new ReadOnlyBooleanWrapper(this, "connecting");
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper(this, "connected");
    private final BooleanBinding canConnect;
    /** Bumped on each change of URL or password, so a late password lookup for an older URL is dropped. */
    private long lookup;
    private boolean cancelled;

    /**
     * @param parser   reads a URL (PostgresLocation::parse, or with a test's environment)
     * @param opener   opens the workspace at a location; runs on the interactive lane
     * @param onOpened told, on the UI thread, the URL as typed and the opened workspace
     */
    public OpenTeamWorkspaceViewModel(TaskExecutor executor, Function<String, PostgresLocation> parser,
                                      Function<PostgresLocation, OpenedWorkspace> opener,
                                      BiConsumer<String, OpenedWorkspace> onOpened) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.opener = Objects.requireNonNull(opener, "opener");
        this.onOpened = Objects.requireNonNull(onOpened, "onOpened");
        url.addListener((obs, old, now) -> check());
        password.addListener((obs, old, now) -> check());
        canConnect = Bindings.createBooleanBinding(() -> problem.get().isEmpty() && !connecting.get()
                && !connected.get(), problem, connecting, connected);
    }

    /** Starts from a URL, e.g. a recent entry whose password was refused; says why it failed before. */
    public void prefill(String text, OpenFailureWords before) {
        url.set(text);
        if (before != null) {
            failureTitle.set(before.title());
            failure.set(before.message());
        }
    }

    /** Connect: opens the workspace in the background; the dialog closes when {@link #connectedProperty} turns true. */
    public void connect() {
        if (!canConnect.get()) {
            return;
        }
        String typed = url.get().strip();
        PostgresLocation location;
        try {
            location = parser.apply(typed).withPassword(password.get());
        } catch (RuntimeException e) {
            problem.set(Formats.sentence(e.getMessage()));
            return;
        }
        cancelled = false;
        connecting.set(true);
        failureTitle.set("");
        failure.set("");
        status.set("Connecting to " + location.describe() + "\u2026");
        executor.execute(BackgroundTask.interactive("Connecting to " + location.describe(),
                        progress -> opener.apply(location))
                .onSuccess(opened -> {
                    connecting.set(false);
                    status.set("");
                    if (cancelled) {
                        executor.execute(BackgroundTask.interactive("Closing " + location.describe(), p -> {
                            opened.close();
                            return null;
                        }));
                        return;
                    }
                    // the password has done its work: it is not kept past this connection
                    password.set("");
                    connected.set(true);
                    onOpened.accept(typed, opened);
                })
                .onFailure(e -> {
                    connecting.set(false);
                    status.set("");
                    OpenFailureWords words = OpenFailureWords.of(e);
                    failureTitle.set(words.title());
                    failure.set(words.message());
                }));
    }

    /** Cancel: a connection still being made is closed when it arrives; the typed password is dropped. */
    public void cancel() {
        cancelled = true;
        password.set("");
    }

    private void check() {
        lookup++;
        // the reason shown was about what was typed before
        failureTitle.set("");
        failure.set("");
        String text = url.get() == null ? "" : url.get().strip();
        if (text.isEmpty()) {
            problem.set(ASK_FOR_URL);
            passwordNote.set("");
            return;
        }
        PostgresLocation location;
        try {
            location = parser.apply(text);
        } catch (RuntimeException e) {
            problem.set(Formats.sentence(e.getMessage()));
            passwordNote.set("");
            return;
        }
        problem.set("");
        if (!password.get().isEmpty()) {
            passwordNote.set("The password typed below is used for this connection only and never saved.");
            return;
        }
        // the password file is a file: read it off the UI thread, and keep only the newest answer
        long asked = lookup;
        executor.execute(BackgroundTask.interactive("Looking for the password",
                        progress -> whereThePasswordComesFrom(location))
                .onSuccess(note -> {
                    if (asked == lookup) {
                        passwordNote.set(note);
                    }
                }));
    }

    private static String whereThePasswordComesFrom(PostgresLocation location) {
        List<String> warnings = new ArrayList<>();
        PasswordSource source = location.passwordSource(warnings::add);
        String note = switch (source) {
            case ENVIRONMENT -> "Password: from PGPASSWORD.";
            case PASSWORD_FILE -> "Password: from " + location.passwordFile() + ".";
            case TYPED -> "The password typed below is used for this connection only and never saved.";
            case NONE -> "No password for " + location.user() + " in PGPASSWORD or " + location.passwordFile()
                    + ": type it below, or leave it empty if the server needs none.";
        };
        return warnings.isEmpty() ? note : note + " " + Formats.sentence(warnings.get(0));
    }

    public StringProperty urlProperty() {
        return url;
    }

    /** The password field's text: in memory only, cleared once connected or cancelled. */
    public StringProperty passwordProperty() {
        return password;
    }

    /** Why the URL cannot be used, as typed; empty when it can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Where the password will come from (never the password). */
    public ReadOnlyStringProperty passwordNoteProperty() {
        return passwordNote.getReadOnlyProperty();
    }

    /** "Connecting to …" while connecting. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failureTitleProperty() {
        return failureTitle.getReadOnlyProperty();
    }

    /** Why the last attempt failed, in words; empty otherwise. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty connectingProperty() {
        return connecting.getReadOnlyProperty();
    }

    /** True once the workspace is open and handed over: the dialog closes. */
    public ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    public BooleanBinding canConnectProperty() {
        return canConnect;
    }
}
