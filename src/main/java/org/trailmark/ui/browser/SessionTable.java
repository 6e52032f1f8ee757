package org.trailmark.ui.browser;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.trailmark.model.ConsentStatus;
import org.trailmark.model.ReviewStatus;
import org.trailmark.model.SubjectIds;
import org.trailmark.ui.common.Formats;
import org.trailmark.ui.common.NodeIds;
import org.trailmark.ui.common.Styles;

/** The table of sessions; it shows the view-model's filtered rows and mirrors its selection. */
final class SessionTable extends TableView<SessionRow> {
    /**
     * Whether the subject allows training use. Not one of the wide columns the side panel hides:
     * a labeler should see a withdrawal wherever the session is listed.
     */
    static final String TRAINING_COLUMN = "Training";
    static final String TRAINING_COLUMN_ID = "tm-training-column";
    /** Badge colours: {@code tm-consent-badge-granted}, {@code -withdrawn}, {@code -none}. */
    static final String CONSENT_BADGE = "tm-consent-badge";
    /** Who works on the session: "Assigned to you", "Claimed by ana until 14:32". */
    static final String LABELER_COLUMN = "Labeler";
    static final String LABELER_COLUMN_ID = "session-labeler-column";
    /** A subject cell of a session no person is assigned to: muted and italic, so it reads as a gap. */
    static final String UNASSIGNED_SUBJECT = "tm-unassigned-subject";

    static final String RETENTION_COLUMN = "Retention";
    static final String RETENTION_COLUMN_ID = "session-table-retention";
    /** The retention badge; a suffix per {@link RetentionBadge.Kind} colours it (a warning a week ahead). */
    static final String RETENTION_BADGE = "tm-retention-badge";

    private boolean syncing;

    SessionTable(SessionBrowserViewModel model) {
        setId(NodeIds.SESSION_TABLE);
        getStyleClass().add(Styles.SESSION_TABLE);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setTableMenuButtonVisible(false);

        // the minimum widths are made for the side panel of a 1280-pixel window (about 430 pixels
        // for the table) and for the bold header words: the session id gives way, elided with a
        // tooltip, so every header reads whole and Status and Training stay inside the panel
        TableColumn<SessionRow, String> id = textColumn("Session", SessionRow::id, 200);
        id.setMinWidth(100);
        TableColumn<SessionRow, String> subject = textColumn("Subject", SessionRow::subject, 84);
        subject.setMinWidth(72);
        subject.setCellFactory(col -> new SubjectCell());
        TableColumn<SessionRow, String> format = textColumn("Format", SessionRow::format, 84);
        format.setMinWidth(84);
        TableColumn<SessionRow, OffsetDateTime> start = column("Start", SessionRow::start, 132,
                Formats::start, false);
        start.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        start.setMinWidth(132);
        TableColumn<SessionRow, Long> duration = column("Duration", SessionRow::durationMs, 82,
                Formats::hms, true);
        duration.setMinWidth(81);
        TableColumn<SessionRow, Long> events = column("Events", SessionRow::events, 70, Formats::count, true);
        events.setMinWidth(66);
        TableColumn<SessionRow, String> apps = textColumn("Apps", SessionRow::appsText, 150);
        TableColumn<SessionRow, ReviewStatus> status = column("Status", SessionRow::status, 84,
                ReviewStatus::label, false);
        status.setMinWidth(84);
        status.setCellFactory(col -> new StatusCell());
        TableColumn<SessionRow, ConsentStatus> training = column(TRAINING_COLUMN, SessionRow::trainingConsent, 94,
                ConsentStatus::label, false);
        training.setId(TRAINING_COLUMN_ID);
        // the table menu button of the side panel sits over the last header: room for it too
        training.setMinWidth(92);
        training.setCellFactory(col -> new ConsentCell());
        TableColumn<SessionRow, RetentionBadge> retention = new TableColumn<>(RETENTION_COLUMN);
        retention.setId(RETENTION_COLUMN_ID);
        retention.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().retention()));
        retention.setPrefWidth(118);
        retention.setMinWidth(104);
        // by expiry date, the sessions that never expire last
        retention.setComparator(Comparator.comparing(RetentionBadge::sortKey,
                Comparator.nullsLast(Comparator.naturalOrder())));
        retention.setCellFactory(col -> new RetentionCell());

        TableColumn<SessionRow, SessionRow> labeler = new TableColumn<>(LABELER_COLUMN);
        labeler.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        labeler.setCellFactory(col -> new WorkCell());
        labeler.setComparator(Comparator.comparing(SessionRow::workShortText));
        labeler.setPrefWidth(150);
        labeler.setId(LABELER_COLUMN_ID);
        labeler.setMinWidth(90);
        // apps last: it is the one column of varying length, and the last column takes the spare width;
        // retention beside the status, where the side panel still shows it (training consent may scroll)
        getColumns().setAll(java.util.List.of(id, subject, format, start, duration, events, status, retention,
                training, labeler, apps));

        SortedList<SessionRow> sorted = new SortedList<>(model.shownRows());
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        // oldest first, as a day of work reads; a click on a header sorts by that column instead
        start.setSortType(TableColumn.SortType.ASCENDING);
        getSortOrder().setAll(java.util.List.of(start));

        setPlaceholder(new NoMatchesState(model));

        getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!syncing) {
                syncing = true;
                model.selectedProperty().set(row);
                syncing = false;
            }
        });
        model.selectedProperty().addListener((obs, old, row) -> {
            if (!syncing) {
                syncing = true;
                if (row == null) {
                    getSelectionModel().clearSelection();
                } else {
                    getSelectionModel().select(row);
                    scrollTo(row);
                }
                syncing = false;
            }
        });
    }

    private static TableColumn<SessionRow, String> textColumn(String title, Function<SessionRow, String> value,
                                                              double width) {
        TableColumn<SessionRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setComparator(Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER));
        column.setCellFactory(col -> new TextCellWithTooltip());
        return column;
    }

    /** A column that sorts by the raw value and shows its display form. */
    private static <T> TableColumn<SessionRow, T> column(String title, Function<SessionRow, T> value, double width,
                                                         Function<T, String> display, boolean numeric) {
        TableColumn<SessionRow, T> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : display.apply(item));
            }
        });
        if (numeric) {
            column.getStyleClass().add(Styles.NUMERIC);
        }
        return column;
    }

    /** Long ids, subjects and app lists get cut off; the tooltip shows the whole text. */
    private static final class TextCellWithTooltip extends TableCell<SessionRow, String> {
        private final Tooltip tooltip = new Tooltip();

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            if (empty || item == null || item.isEmpty()) {
                setTooltip(null);
            } else {
                tooltip.setText(item);
                setTooltip(tooltip);
            }
        }
    }

    /** Who works on the session in a few words ("ana until 14:32"), the whole sentence as its tooltip. */
    private static final class WorkCell extends TableCell<SessionRow, SessionRow> {
        private final Tooltip tooltip = new Tooltip();

        @Override
        protected void updateItem(SessionRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null || row.workText().isEmpty()) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(row.workShortText());
            tooltip.setText(row.workText());
            setTooltip(tooltip);
        }
    }

    /** The subject id, or a muted "Unassigned" for a recording that named nobody. */
    private static final class SubjectCell extends TableCell<SessionRow, String> {
        private final Tooltip tooltip = new Tooltip();

        @Override
        protected void updateItem(String subject, boolean empty) {
            super.updateItem(subject, empty);
            boolean unassigned = !empty && SubjectIds.isUnassigned(subject);
            getStyleClass().remove(UNASSIGNED_SUBJECT);
            if (unassigned) {
                getStyleClass().add(UNASSIGNED_SUBJECT);
            }
            if (empty || subject == null || subject.isEmpty()) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(SessionRow.subjectText(subject));
            tooltip.setText(unassigned ? "No person assigned: never exported until a reviewer assigns it"
                    + " (trailmark subject assign SESSION SUBJECT)" : subject);
            setTooltip(tooltip);
        }
    }

    /** Training consent as a badge beside the review status, so a withdrawal stands out. */
    private static final class ConsentCell extends TableCell<SessionRow, ConsentStatus> {
        private final Label badge = new Label();

        ConsentCell() {
            badge.getStyleClass().addAll(Styles.STATUS_BADGE, CONSENT_BADGE);
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(ConsentStatus consent, boolean empty) {
            super.updateItem(consent, empty);
            if (empty || consent == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            badge.setText(consent.label());
            badge.getStyleClass().removeIf(c -> c.startsWith(CONSENT_BADGE + "-"));
            badge.getStyleClass().add(CONSENT_BADGE + "-" + consent.wireName());
            setText(consent.label());
            setGraphic(badge);
        }
    }

    /** Status as a small coloured badge so the review state reads at a glance. */
    private static final class StatusCell extends TableCell<SessionRow, ReviewStatus> {
        private final Label badge = new Label();

        StatusCell() {
            badge.getStyleClass().add(Styles.STATUS_BADGE);
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(ReviewStatus status, boolean empty) {
            super.updateItem(status, empty);
            if (empty || status == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            badge.setText(status.label());
            badge.getStyleClass().removeIf(c -> c.startsWith(Styles.STATUS_BADGE + "-"));
            badge.getStyleClass().add(Styles.STATUS_BADGE + "-" + status.wireName().replace('_', '-')
                    .toLowerCase(Locale.ROOT));
            setText(status.label());
            setGraphic(badge);
        }
    }

    /** Retention as a badge: "expires 12 Jan", "held", "no policy"; warning-coloured within a week of erasure. */
    private static final class RetentionCell extends TableCell<SessionRow, RetentionBadge> {
        private final Label badge = new Label();
        private final Tooltip tooltip = new Tooltip();

        RetentionCell() {
            badge.getStyleClass().addAll(Styles.STATUS_BADGE, RETENTION_BADGE);
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(RetentionBadge retention, boolean empty) {
            super.updateItem(retention, empty);
            if (empty || retention == null || retention.kind() == RetentionBadge.Kind.UNKNOWN) {
                setGraphic(null);
                setText(null);
                setTooltip(null);
                return;
            }
            badge.setText(retention.text());
            badge.getStyleClass().removeIf(c -> c.startsWith(RETENTION_BADGE + "-"));
            badge.getStyleClass().add(RETENTION_BADGE + "-" + retention.kind().styleSuffix());
            tooltip.setText(retention.explanation());
            setText(retention.text());
            setGraphic(badge);
            setTooltip(tooltip);
        }
    }
}
