package org.trailmark.ui;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.trailmark.model.SubjectIds;
import org.trailmark.ui.common.PageSheets;
import org.trailmark.ui.common.Styles;
import org.trailmark.ui.subject.SubjectStyles;

/**
 * The first screen, unless {@code --subject ID} was given or a choice was remembered: who is using
 * the studio. Enter chooses "Review and label sessions", so a labeler reaches the sessions with one
 * key; "See my own data" takes a subject id, prefilled with the computer account's name. It says
 * plainly that the id is not a login.
 */
final class StartScreen extends StackPane {
    static final String ID = "start-screen";
    static final String ID_LABELER = "start-labeler";
    static final String ID_SUBJECT = "start-subject";
    static final String ID_SUBJECT_FIELD = "start-subject-id";
    static final String ID_REMEMBER = "start-remember";
    static final String ID_MESSAGE = "start-message";

    private final Button labeler;

    StartScreen(Model model) {
        setId(ID);
        getStyleClass().add(SubjectStyles.START_SCREEN);
        PageSheets.use(this, SubjectStyles.SHEET);

        Label title = new Label("Who is using Trailmark?");
        title.getStyleClass().add(SubjectStyles.HEADLINE);

        labeler = new Button("Review and label sessions", new FontIcon(MaterialDesignT.TAG_MULTIPLE_OUTLINE));
        labeler.setId(ID_LABELER);
        labeler.setDefaultButton(true);
        labeler.setMnemonicParsing(false);
        labeler.setOnAction(e -> model.chooseLabeler());
        Label labelerText = text("Replay every session in this workspace, cut it into tasks, flag what is "
                + "sensitive and prepare training data.");
        VBox labelerChoice = choice(labeler, labelerText);

        TextField subjectId = new TextField();
        subjectId.setId(ID_SUBJECT_FIELD);
        subjectId.setPromptText("Your subject id");
        subjectId.setPrefColumnCount(18);
        subjectId.textProperty().bindBidirectional(model.subjectIdProperty());
        // Enter in the field means this choice, not the default button's
        subjectId.setOnAction(e -> {
            e.consume();
            model.chooseSubject();
        });
        Button subject = new Button("See my own data", new FontIcon(MaterialDesignA.ACCOUNT_EYE_OUTLINE));
        subject.setId(ID_SUBJECT);
        subject.setMnemonicParsing(false);
        subject.setOnAction(e -> model.chooseSubject());
        Label idLabel = new Label("Subject id");
        HBox idRow = new HBox(8, idLabel, subjectId);
        idRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(subjectId, Priority.ALWAYS);
        Label subjectText = text("See only what was recorded of you: what was captured, labelled and flagged, "
                + "which datasets took it. Mark parts private, withdraw consent, erase or download your data.");
        VBox subjectChoice = choice(subject, subjectText, idRow);

        CheckBox remember = new CheckBox("Remember my choice (File ▸ Switch role… brings this screen back)");
        remember.setId(ID_REMEMBER);
        remember.setMnemonicParsing(false);
        remember.selectedProperty().bindBidirectional(model.rememberProperty());

        Label message = new Label();
        message.setId(ID_MESSAGE);
        message.getStyleClass().add(Styles.DANGER);
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());

        Label honest = text("The subject id is not a login. Trailmark trusts your computer account: whoever "
                + "can open this workspace file can read every session in it. Seeing your own data is a view "
                + "for you, not a lock against others.");
        honest.getStyleClass().add(Styles.MUTED);

        VBox column = new VBox(14, title, labelerChoice, subjectChoice, remember, message, honest);
        column.setMaxWidth(600);
        column.setMaxHeight(USE_PREF_SIZE);
        column.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(column);
        StackPane.setAlignment(column, Pos.CENTER);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(labeler::requestFocus);
            }
        });
    }


    private static VBox choice(Button button, Label text, javafx.scene.Node... more) {
        button.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(8, button, text);
        box.getChildren().addAll(more);
        box.getStyleClass().add(SubjectStyles.START_CHOICE);
        return box;
    }

    private static Label text(String words) {
        Label label = new Label(words);
        label.setWrapText(true);
        label.setMinHeight(USE_PREF_SIZE);
        return label;
    }

    /** The start screen's state; {@code onChosen} receives the role once it is picked. */
    static final class Model {
        private final StudioPreferences preferences;
        private final Consumer<StudioRole> onChosen;
        private final StringProperty subjectId = new SimpleStringProperty(this, "subjectId");
        private final BooleanProperty remember = new SimpleBooleanProperty(this, "remember");
        private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

        Model(StudioPreferences preferences, Consumer<StudioRole> onChosen) {
            this.preferences = Objects.requireNonNull(preferences, "preferences");
            this.onChosen = Objects.requireNonNull(onChosen, "onChosen");
            StudioRole remembered = preferences.rememberedRole().orElse(null);
            subjectId.set(remembered != null && remembered.isSubject() ? remembered.subject()
                    : System.getProperty("user.name", ""));
            remember.set(remembered != null);
        }

        void chooseLabeler() {
            choose(StudioRole.LABELER);
        }

        /** Refuses an empty id or one that is no person's, with a message; otherwise continues as that subject. */
        boolean chooseSubject() {
            String id = subjectId.get() == null ? "" : subjectId.get().strip();
            if (id.isEmpty()) {
                message.set("Enter your subject id: the id your recordings carry, often your account name.");
                return false;
            }
            if (SubjectIds.isUnassigned(id)) {
                // such an id stands for one recording that named nobody, not for a person
                message.set("That id marks a recording no person is assigned to yet, not a person. Ask a reviewer"
                        + " to assign it to you, then enter your own subject id.");
                return false;
            }
            choose(StudioRole.subject(id));
            return true;
        }

        private void choose(StudioRole role) {
            preferences.setRememberedRole(remember.get() ? role : null);
            message.set("");
            onChosen.accept(role);
        }

        /** Fills in the id as if typed and tries it, so a refusal shows its reason on the screen. */
        void proposeSubject(String id) {
            subjectId.set(id);
            chooseSubject();
        }

        StringProperty subjectIdProperty() {
            return subjectId;
        }

        BooleanProperty rememberProperty() {
            return remember;
        }

        ReadOnlyStringProperty messageProperty() {
            return message.getReadOnlyProperty();
        }
    }
}
