package org.trailmark.ui.browser;

import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.trailmark.store.SessionSummary;

/**
 * State of the session browser: every session of the workspace, the ones the filter lets
 * through, the selected one and its details. Plain JavaFX properties; no Stage needed.
 */
public final class SessionBrowserViewModel {
    private final ObservableList<SessionRow> allRows = FXCollections.observableArrayList();
    private final FilteredList<SessionRow> shownRows = new FilteredList<>(allRows, row -> true);
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ObjectProperty<SessionRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<SessionDetails> details = new ReadOnlyObjectWrapper<>(this, "details");
    private final ReadOnlyBooleanWrapper workspaceEmpty = new ReadOnlyBooleanWrapper(this, "workspaceEmpty", true);
    private final ReadOnlyBooleanWrapper noMatches = new ReadOnlyBooleanWrapper(this, "noMatches", false);
    private final ReadOnlyIntegerWrapper sessionCount = new ReadOnlyIntegerWrapper(this, "sessionCount", 0);
    private final ReadOnlyIntegerWrapper shownCount = new ReadOnlyIntegerWrapper(this, "shownCount", 0);

    public SessionBrowserViewModel() {
        filterText.addListener((obs, old, text) -> applyFilter(text));
        selected.addListener((obs, old, row) -> details.set(row == null ? null : SessionDetails.of(row.summary())));
        sessionCount.bind(Bindings.size(allRows));
        shownCount.bind(Bindings.size(shownRows));
        workspaceEmpty.bind(sessionCount.isEqualTo(0));
        noMatches.bind(sessionCount.greaterThan(0).and(shownCount.isEqualTo(0)));
    }

    /**
     * Replaces the sessions (after an import or refresh), keeping the selection when the selected
     * session is still there so a refresh does not lose the reader's place.
     */
    public void setSessions(List<SessionSummary> sessions) {
        String selectedId = selected.get() == null ? null : selected.get().id();
        allRows.setAll(sessions.stream().map(SessionRow::new).toList());
        SessionRow again = selectedId == null ? null : shownRows.stream()
                .filter(row -> row.id().equals(selectedId)).findFirst().orElse(null);
        selected.set(again);
    }

    /** Selects the session with that id if the filter shows it; returns whether it did. */
    public boolean select(String sessionId) {
        SessionRow row = shownRows.stream().filter(r -> r.id().equals(sessionId)).findFirst().orElse(null);
        selected.set(row);
        return row != null;
    }

    /** Selects the first shown session when none is, so the details pane has something to say. */
    public void selectFirstIfNone() {
        if (selected.get() == null && !shownRows.isEmpty()) {
            selected.set(shownRows.get(0));
        }
    }

    public void clearFilter() {
        filterText.set("");
    }

    private void applyFilter(String text) {
        shownRows.setPredicate(row -> row.matches(text));
        SessionRow current = selected.get();
        if (current != null && !shownRows.contains(current)) {
            selected.set(null);
        }
    }

    /** The rows the filter lets through, in workspace order; the table sorts a view of it. */
    public ObservableList<SessionRow> shownRows() {
        return shownRows;
    }

    public StringProperty filterTextProperty() {
        return filterText;
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

    /** Sessions exist but the filter hides all of them. */
    public ReadOnlyBooleanProperty noMatchesProperty() {
        return noMatches.getReadOnlyProperty();
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
