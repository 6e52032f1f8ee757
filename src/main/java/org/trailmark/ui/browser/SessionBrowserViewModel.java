package org.trailmark.ui.browser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.trailmark.model.ReviewStatus;
import org.trailmark.store.SessionSummary;
import org.trailmark.ui.common.Formats;

/**
 * State of the session browser: every session of the workspace, the filters (text, subject,
 * app, status, date range), the sessions they let through, the selected one and its details.
 * Plain JavaFX properties; no Stage needed.
 */
public final class SessionBrowserViewModel {
    private final ObservableList<SessionRow> allRows = FXCollections.observableArrayList();
    private final FilteredList<SessionRow> shownRows = new FilteredList<>(allRows, row -> true);

    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ObjectProperty<String> subjectFilter = new SimpleObjectProperty<>(this, "subjectFilter");
    private final ObjectProperty<String> appFilter = new SimpleObjectProperty<>(this, "appFilter");
    private final ObjectProperty<ReviewStatus> statusFilter = new SimpleObjectProperty<>(this, "statusFilter");
    private final ObjectProperty<LocalDate> fromDate = new SimpleObjectProperty<>(this, "fromDate");
    private final ObjectProperty<LocalDate> toDate = new SimpleObjectProperty<>(this, "toDate");
    private final ReadOnlyObjectWrapper<SessionFilter> filter =
            new ReadOnlyObjectWrapper<>(this, "filter", SessionFilter.NONE);

    private final ObservableList<String> subjects = FXCollections.observableArrayList();
    private final ObservableList<String> apps = FXCollections.observableArrayList();
    private final ObservableList<ReviewStatus> statuses = FXCollections.observableArrayList();
    // read-only views made once: a view made per call could be collected with its listeners
    private final ObservableList<String> subjectsView = FXCollections.unmodifiableObservableList(subjects);
    private final ObservableList<String> appsView = FXCollections.unmodifiableObservableList(apps);
    private final ObservableList<ReviewStatus> statusesView = FXCollections.unmodifiableObservableList(statuses);

    private final ObjectProperty<SessionRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<SessionDetails> details = new ReadOnlyObjectWrapper<>(this, "details");
    private final ReadOnlyBooleanWrapper workspaceEmpty = new ReadOnlyBooleanWrapper(this, "workspaceEmpty", true);
    private final ReadOnlyBooleanWrapper noMatches = new ReadOnlyBooleanWrapper(this, "noMatches", false);
    private final ReadOnlyBooleanWrapper filtersActive = new ReadOnlyBooleanWrapper(this, "filtersActive", false);
    private final ReadOnlyIntegerWrapper sessionCount = new ReadOnlyIntegerWrapper(this, "sessionCount", 0);
    private final ReadOnlyIntegerWrapper shownCount = new ReadOnlyIntegerWrapper(this, "shownCount", 0);
    private final javafx.beans.property.ReadOnlyIntegerWrapper expiringSoon =
            new javafx.beans.property.ReadOnlyIntegerWrapper(this, "expiringSoon", 0);
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText", "");
    private final ReadOnlyStringWrapper noMatchesMessage = new ReadOnlyStringWrapper(this, "noMatchesMessage", "");
    private final ObservableList<SessionFilter.Part> blockingFilters = FXCollections.observableArrayList();
    private final ObservableList<SessionFilter.Part> blockingFiltersView =
            FXCollections.unmodifiableObservableList(blockingFilters);
    private final ReadOnlyObjectWrapper<BrowserState> state =
            new ReadOnlyObjectWrapper<>(this, "state", BrowserState.EMPTY);

    /** Set while several filter properties change together, so the rows are filtered once. */
    private boolean settingFilters;
    /** A remembered state waiting for the first sessions, since a selection needs its row. */
    private BrowserState pendingRestore;

    public SessionBrowserViewModel() {
        for (Observable part : List.of(filterText, subjectFilter, appFilter, statusFilter, fromDate, toDate)) {
            part.addListener(obs -> {
                if (!settingFilters) {
                    applyFilter();
                }
            });
        }
        selected.addListener((obs, old, row) -> {
            details.set(row == null ? null : SessionDetails.of(row.summary(), row.work()));
            updateState();
        });
        sessionCount.bind(Bindings.size(allRows));
        shownCount.bind(Bindings.size(shownRows));
        workspaceEmpty.bind(sessionCount.isEqualTo(0));
        noMatches.bind(sessionCount.greaterThan(0).and(shownCount.isEqualTo(0)));
        countText.bind(Bindings.createStringBinding(this::describeCount, sessionCount, shownCount, filtersActive));
    }

    /**
     * Replaces the sessions (after an import or refresh), keeping the selection when the selected
     * session is still there so a refresh does not lose the reader's place.
     */
    public void setSessions(List<SessionSummary> sessions) {
        setSessions(sessions, summary -> SessionWork.NONE, java.util.Map.of());
    }

    /**
     * As {@link #setSessions(List)}, with who works on each session and each session's retention badge
     * (by session id; missing ones unknown).
     */
    public void setSessions(List<SessionSummary> sessions, java.util.function.Function<String, SessionWork> work,
                            java.util.Map<String, RetentionBadge> retention) {
        String selectedId = selected.get() == null ? null : selected.get().id();
        allRows.setAll(sessions.stream().map(s -> new SessionRow(s, work.apply(s.id()),
                retention.getOrDefault(s.id(), RetentionBadge.UNKNOWN))).toList());
        expiringSoon.set((int) allRows.stream().filter(r -> r.retention().warns()).count());
        updateChoices();
        if (pendingRestore != null && !allRows.isEmpty()) {
            applyRestore();
        } else {
            selected.set(selectedId == null ? null : shownRow(selectedId));
        }
        explainNoMatches();
    }

    /** Selects the session with that id if the filters show it; returns whether it did. */
    public boolean select(String sessionId) {
        SessionRow row = shownRow(sessionId);
        selected.set(row);
        return row != null;
    }

    /**
     * Selects the session with that id, clearing the filters first if they hide it (a session
     * just imported must be seen); returns false only when the workspace has no such session.
     */
    public boolean reveal(String sessionId) {
        if (select(sessionId)) {
            return true;
        }
        if (allRows.stream().noneMatch(row -> row.id().equals(sessionId))) {
            return false;
        }
        clearFilters();
        return select(sessionId);
    }

    /** Selects the first shown session when none is, so the details pane has something to say. */
    public void selectFirstIfNone() {
        if (selected.get() == null && !shownRows.isEmpty()) {
            selected.set(shownRows.get(0));
        }
    }

    /** Clears the text filter only (Escape in the text field); the other filters stay. */
    public void clearFilter() {
        filterText.set("");
    }

    /** Clears every filter, so every session shows again. */
    public void clearFilters() {
        setFilter(SessionFilter.NONE);
    }

    /** Unsets one filter, e.g. the one the "no matches" message names. */
    public void clear(SessionFilter.Kind kind) {
        setFilter(filter.get().without(kind));
    }

    /** Sets every filter at once, filtering the rows once. */
    public void setFilter(SessionFilter wanted) {
        Objects.requireNonNull(wanted, "filter");
        settingFilters = true;
        try {
            filterText.set(wanted.text());
            subjectFilter.set(wanted.subject());
            appFilter.set(wanted.app());
            statusFilter.set(wanted.status());
            fromDate.set(wanted.from());
            toDate.set(wanted.to());
        } finally {
            settingFilters = false;
        }
        applyFilter();
    }

    /** The filters and the selected session, for the preferences to keep until the next run. */
    public BrowserState state() {
        return state.get();
    }

    /** Changes with every filter and selection change, for whoever wants to keep it. */
    public ReadOnlyObjectProperty<BrowserState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /**
     * Brings back a remembered state. Until the first sessions arrive it waits, so it can be
     * called before the workspace is read. Choices no session has any more (a subject whose
     * sessions were erased, another workspace) are dropped rather than hiding everything.
     */
    public void restore(BrowserState remembered) {
        pendingRestore = Objects.requireNonNull(remembered, "remembered");
        if (allRows.isEmpty()) {
            state.set(remembered);
        } else {
            applyRestore();
            explainNoMatches();
        }
    }

    private void applyRestore() {
        BrowserState remembered = pendingRestore;
        pendingRestore = null;
        SessionFilter wanted = remembered.filter();
        if (wanted.subject() != null && !subjects.contains(wanted.subject())) {
            wanted = wanted.withSubject(null);
        }
        if (wanted.app() != null && !apps.contains(wanted.app())) {
            wanted = wanted.withApp(null);
        }
        if (wanted.status() != null && !statuses.contains(wanted.status())) {
            wanted = wanted.withStatus(null);
        }
        setFilter(wanted);
        if (remembered.selectedId() != null) {
            select(remembered.selectedId());
        }
        updateState();
    }

    private void applyFilter() {
        SessionFilter current = new SessionFilter(filterText.get(), subjectFilter.get(), appFilter.get(),
                statusFilter.get(), fromDate.get(), toDate.get());
        filter.set(current);
        filtersActive.set(!current.isEmpty());
        shownRows.setPredicate(current::matches);
        SessionRow row = selected.get();
        if (row != null && !shownRows.contains(row)) {
            selected.set(null);
        }
        explainNoMatches();
        updateState();
    }

    /**
     * When the filters hide every session, names the ones to blame: those that match nothing even
     * alone, or else all of them, since only their combination matches nothing.
     */
    private void explainNoMatches() {
        if (allRows.isEmpty() || !shownRows.isEmpty()) {
            noMatchesMessage.set("");
            blockingFilters.clear();
            return;
        }
        SessionFilter current = filter.get();
        List<SessionFilter.Part> parts = current.parts();
        if (current.from() != null && current.to() != null && current.from().isAfter(current.to())) {
            noMatchesMessage.set("The date range is empty: " + current.from() + " comes after " + current.to() + ".");
            blockingFilters.setAll(parts.stream().filter(part -> part.kind() == SessionFilter.Kind.FROM
                    || part.kind() == SessionFilter.Kind.TO).toList());
            return;
        }
        List<SessionFilter.Part> alone = new ArrayList<>();
        for (SessionFilter.Part part : parts) {
            SessionFilter only = current.only(part.kind());
            if (allRows.stream().noneMatch(only::matches)) {
                alone.add(part);
            }
        }
        if (!alone.isEmpty()) {
            noMatchesMessage.set("No session matches " + joined(alone, ", nor ") + ".");
            blockingFilters.setAll(alone);
        } else {
            noMatchesMessage.set("Each filter matches some sessions, but none matches "
                    + joined(parts, ", ") + " together.");
            blockingFilters.setAll(parts);
        }
    }

    private static String joined(List<SessionFilter.Part> parts, String separator) {
        return String.join(separator, parts.stream().map(SessionFilter.Part::description).toList());
    }

    private void updateChoices() {
        Set<String> subjectSet = new TreeSet<>(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()));
        Set<String> appSet = new TreeSet<>(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()));
        Set<ReviewStatus> statusSet = EnumSet.noneOf(ReviewStatus.class);
        boolean anyUnassigned = false;
        for (SessionRow row : allRows) {
            if (row.unassigned()) {
                anyUnassigned = true;
            } else if (row.subject() != null) {
                subjectSet.add(row.subject());
            }
            appSet.addAll(row.apps());
            statusSet.add(row.status());
        }
        List<String> subjectChoices = new ArrayList<>(subjectSet);
        if (anyUnassigned) {
            // one choice for them all, after the people
            subjectChoices.add(SessionFilter.UNASSIGNED_SUBJECTS);
        }
        setIfChanged(subjects, subjectChoices);
        setIfChanged(apps, List.copyOf(appSet));
        setIfChanged(statuses, List.copyOf(statusSet));
    }

    private static <T> void setIfChanged(ObservableList<T> list, List<T> values) {
        if (!list.equals(values)) {
            list.setAll(values);
        }
    }

    private void updateState() {
        if (pendingRestore == null) {
            SessionRow row = selected.get();
            state.set(new BrowserState(filter.get(), row == null ? null : row.id()));
        }
    }

    private SessionRow shownRow(String sessionId) {
        return shownRows.stream().filter(row -> row.id().equals(sessionId)).findFirst().orElse(null);
    }

    private String describeCount() {
        int all = sessionCount.get();
        String total = Formats.plural(all, "session", "sessions");
        return filtersActive.get() ? Formats.count(shownCount.get()) + " of " + total : total;
    }

    /** The rows the filters let through, in workspace order; the table sorts a view of it. */
    public ObservableList<SessionRow> shownRows() {
        return shownRows;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    /** Only this subject's sessions, or null for every subject. */
    public ObjectProperty<String> subjectFilterProperty() {
        return subjectFilter;
    }

    /** Only sessions in which this app had focus, or null for any. */
    public ObjectProperty<String> appFilterProperty() {
        return appFilter;
    }

    public ObjectProperty<ReviewStatus> statusFilterProperty() {
        return statusFilter;
    }

    /** First day (inclusive, the capture's own date) or null. */
    public ObjectProperty<LocalDate> fromDateProperty() {
        return fromDate;
    }

    /** Last day (inclusive, the capture's own date) or null. */
    public ObjectProperty<LocalDate> toDateProperty() {
        return toDate;
    }

    /** All filters combined, as they are now. */
    public ReadOnlyObjectProperty<SessionFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    public SessionFilter getFilter() {
        return filter.get();
    }

    /** The subjects of the workspace's sessions, sorted: the subject filter's choices. */
    public ObservableList<String> subjects() {
        return subjectsView;
    }

    /** Every app that had focus in some session, sorted: the app filter's choices. */
    public ObservableList<String> apps() {
        return appsView;
    }

    /** The review statuses sessions have, in workflow order: the status filter's choices. */
    public ObservableList<ReviewStatus> statuses() {
        return statusesView;
    }

    public ObjectProperty<SessionRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<SessionDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public SessionDetails getDetails() {
        return details.get();
    }

    /** No session in the workspace at all: the view shows what a newcomer can do. */
    public ReadOnlyBooleanProperty workspaceEmptyProperty() {
        return workspaceEmpty.getReadOnlyProperty();
    }

    public boolean isWorkspaceEmpty() {
        return workspaceEmpty.get();
    }

    /** Sessions exist but the filters hide all of them. */
    public ReadOnlyBooleanProperty noMatchesProperty() {
        return noMatches.getReadOnlyProperty();
    }

    /** Some filter is set (the "Clear filters" button has something to do). */
    public ReadOnlyBooleanProperty filtersActiveProperty() {
        return filtersActive.getReadOnlyProperty();
    }

    /** "12 sessions", or "3 of 12 sessions" while a filter is set. */
    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    /** Why nothing shows, naming the filters to blame; empty while something shows. */
    public ReadOnlyStringProperty noMatchesMessageProperty() {
        return noMatchesMessage.getReadOnlyProperty();
    }

    /** The filters the "no matches" message blames, for one "clear" button each. */
    public ObservableList<SessionFilter.Part> blockingFilters() {
        return blockingFiltersView;
    }

    /** Sessions of the workspace (whatever the filters) due for erasure or expiring within a week. */
    public ReadOnlyIntegerProperty expiringSoonProperty() {
        return expiringSoon.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty sessionCountProperty() {
        return sessionCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty shownCountProperty() {
        return shownCount.getReadOnlyProperty();
    }

    public SessionRow getSelected() {
        return selected.get();
    }

    public String getFilterText() {
        return Objects.requireNonNullElse(filterText.get(), "");
    }
}
