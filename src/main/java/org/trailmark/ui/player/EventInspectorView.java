package org.trailmark.ui.player;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.trailmark.replay.TimeRuler;
import org.trailmark.ui.common.Formats;

/**
 * The raw events around the playhead in a virtualized table (see {@link EventWindow} for why
 * "around"): rows are made only for what is on screen. The playhead's event is selected and kept
 * in view; picking a row moves the playhead there.
 */
final class EventInspectorView extends VBox {
    static final double ROW_HEIGHT = 22;
    static final int FOLLOW_HZ = 12;
    /** Fewer rows than this do not show what came before and after the playhead's event. */
    static final int MIN_ROWS = 4;
    static final double HEADER_HEIGHT = 28;

    private final PlayerViewModel model;
    private final TableView<EventRow> table = new TableView<>();
    private final Label title = new Label("Events");
    private boolean following;
    private VirtualFlow<?> flow;
    private int scrolledTo = -1;
    private EventRows rows;
    private int windowStart = -1;
    private long lastFollowNanos;

    EventInspectorView(PlayerViewModel model) {
        this.model = model;
        setId(PlayerStyles.ID_INSPECTOR);
        getStyleClass().add(PlayerStyles.INSPECTOR);
        title.getStyleClass().add(PlayerStyles.PANEL_TITLE);

        table.setFixedCellSize(ROW_HEIGHT);
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No events"));
        // the index and the time stay whole in a narrow panel (about 280 pixels at 1280×800);
        // the kind and the details give way
        table.getColumns().add(column("#", 64, 44, row -> String.valueOf(row.index())));
        table.getColumns().add(column("Time", 84, 70, row -> TimeRuler.playheadLabel(row.timeMs())));
        table.getColumns().add(column("Event", 96, 60, row -> row.kind().wireName()));
        table.getColumns().add(column("Details", 220, 60, EventRow::details));
        VBox.setVgrow(table, Priority.ALWAYS);
        table.setMinHeight(HEADER_HEIGHT + MIN_ROWS * ROW_HEIGHT + 2);
        getChildren().addAll(title, table);

        table.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            if (!following && index.intValue() >= 0 && windowStart >= 0) {
                int event = windowStart + index.intValue();
                if (event != model.currentEventProperty().get()) {
                    model.seekToEvent(event);
                }
            }
        });
        model.eventsProperty().addListener((obs, old, list) -> sessionChanged());
        model.currentEventProperty().addListener((obs, old, index) -> followSoon(index.intValue()));
        model.playingProperty().addListener((obs, was, playing) -> {
            if (!playing) {
                follow(model.currentEventProperty().get());
            }
        });
        sessionChanged();
    }

    TableView<EventRow> table() {
        return table;
    }

    /** The event index of the table's first row. */
    int windowStart() {
        return windowStart;
    }

    private void sessionChanged() {
        rows = model.eventRows();
        windowStart = -1;
        scrolledTo = -1;
        title.setText(rows == null ? "Events" : "Events \u00b7 " + Formats.count(rows.size()));
        if (rows == null) {
            table.setItems(FXCollections.observableArrayList());
            return;
        }
        follow(model.currentEventProperty().get());
    }

    /**
     * While playing, the table follows at most {@value #FOLLOW_HZ} times a second: at speed a new
     * row every pulse is unreadable, and re-filling the visible rows was most of a pulse's work
     * (measured with PlayerFxFrameCost). When playback stops it catches up at once.
     */
    private void followSoon(int index) {
        long now = System.nanoTime();
        if (model.isPlaying() && now - lastFollowNanos < 1_000_000_000L / FOLLOW_HZ) {
            return;
        }
        lastFollowNanos = now;
        follow(index);
    }

    /**
     * Selects the playhead's row and scrolls only when it is not among the visible rows. The
     * table lays out at the next pulse, so after a scroll its cells still show the old rows; until
     * then the rows scrolled to are taken as the visible ones.
     */
    private void follow(int index) {
        if (rows == null) {
            return;
        }
        following = true;
        try {
            int start = EventWindow.startFor(Math.max(0, index), windowStart, rows.size());
            if (start != windowStart) {
                windowStart = start;
                table.setItems(FXCollections.unmodifiableObservableList(FXCollections.observableList(
                        rows.slice(start, Math.min(rows.size(), start + EventWindow.SIZE)))));
                scrolledTo = -2;
            }
            if (index < 0) {
                table.getSelectionModel().clearSelection();
                return;
            }
            int row = index - windowStart;
            table.getSelectionModel().clearAndSelect(row);
            int visible = visibleRows();
            int first;
            int last;
            VirtualFlow<?> cells = flow();
            if (scrolledTo == -2) {
                first = -1;
                last = -1;
            } else if (scrolledTo >= 0 || cells == null || cells.getFirstVisibleCell() == null) {
                first = Math.max(0, scrolledTo);
                last = scrolledTo < 0 ? -1 : scrolledTo + visible - 1;
            } else {
                first = cells.getFirstVisibleCell().getIndex();
                last = cells.getLastVisibleCell().getIndex();
            }
            // the first and last cells may be cut off: keep a row of margin
            if (row <= first || row >= last) {
                int top = Math.max(0, row - visible / 3);
                table.scrollTo(top);
                scrolledTo = top;
            }
        } finally {
            following = false;
        }
    }

    private VirtualFlow<?> flow() {
        if (flow == null) {
            flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
            if (flow != null) {
                flow.needsLayoutProperty().addListener((obs, was, needs) -> {
                    if (!needs) {
                        scrolledTo = -1;
                    }
                });
            }
        }
        return flow;
    }

    private int visibleRows() {
        return Math.max(3, (int) ((table.getHeight() - HEADER_HEIGHT) / ROW_HEIGHT));
    }

    private static TableColumn<EventRow, String> column(String name, double width, double minWidth,
                                                        java.util.function.Function<EventRow, String> value) {
        TableColumn<EventRow, String> column = new TableColumn<>(name);
        column.setPrefWidth(width);
        column.setMinWidth(minWidth);
        column.setSortable(false);
        column.setReorderable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }
}
