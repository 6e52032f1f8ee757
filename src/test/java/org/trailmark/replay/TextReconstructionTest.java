package org.trailmark.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trailmark.model.FieldRole;
import org.trailmark.model.SessionLog;

class TextReconstructionTest {

    private static GroupText finalText(SessionLog log) {
        TextHistory history = TextReconstruction.of(log);
        assertThat(history.groups()).hasSize(1);
        return history.groups().get(0).textAt(log.size() - 1);
    }

    @Test
    void typoFixedWithBackspaceReadsCorrectly() {
        SessionLog log = new Script().focus("Mail", "Inbox").field(FieldRole.TEXT, "To").type("helx").press("Backspace")
                .type("lo").build();
        assertThat(finalText(log).text()).isEqualTo("hello");
    }

    @Test
    void deletedCharactersKeepTheEventsThatTypedAndDeletedThem() {
        Script s = new Script().focus("Mail", "Inbox").field(FieldRole.TEXT, "To").type("hel");
        int typedX = s.nextIndex();
        s.type("x");
        int backspace = s.nextIndex();
        int backspaceMs = s.now() + 10;
        s.press("Backspace").type("lo");
        SessionLog log = s.build();

        Transcript transcript = TextReconstruction.of(log).groups().get(0).transcript();

        assertThat(transcript.text()).isEqualTo("helxlo");
        assertThat(transcript.survivingText()).isEqualTo("hello");
        assertThat(transcript.deletedText()).isEqualTo("x");
        assertThat(transcript.typedEvent(3)).isEqualTo(typedX);
        assertThat(transcript.deletedEvent(3)).isEqualTo(backspace);
        assertThat(transcript.deletedMs(3)).isEqualTo(backspaceMs);
        assertThat(transcript.isDeleted(2)).isFalse();
        assertThat(transcript.deletedEvent(2)).isEqualTo(-1);
    }

    @Test
    void everyCharacterMapsToTheKeyDownThatTypedIt() {
        SessionLog log = new Script().focus("Editor", "notes").type("aB").build();
        Transcript transcript = TextReconstruction.of(log).groups().get(0).transcript();
        for (int i = 0; i < transcript.length(); i++) {
            int event = transcript.typedEvent(i);
            assertThat(log.kind(event).wireName()).isEqualTo("key_down");
            assertThat(log.string(log.b(event))).isEqualTo(String.valueOf(transcript.text().charAt(i)));
        }
    }

    @Test
    void caretMovesLetTypingLandInTheMiddle() {
        SessionLog log = new Script().focus("Editor", "notes").type("wrd").press("ArrowLeft", 2).type("o")
                .press("End").type("s").press("Home").type("[").build();
        GroupText text = finalText(log);
        assertThat(text.text()).isEqualTo("[words");
        assertThat(text.caret()).isEqualTo(1);
    }

    @Test
    void deleteRemovesTheCharacterAfterTheCaret() {
        SessionLog log = new Script().focus("Editor", "notes").type("abcd").press("ArrowLeft", 2).press("Delete").build();
        GroupText text = finalText(log);
        assertThat(text.text()).isEqualTo("abd");
        assertThat(text.caret()).isEqualTo(2);
    }

    @Test
    void selectAllIsReplacedByWhatIsTypedNext() {
        SessionLog log = new Script().focus("Browser", "Search").field(FieldRole.SEARCH, "q").type("old query")
                .chord("KeyA", "ControlLeft").type("new").build();
        GroupText text = finalText(log);
        assertThat(text.text()).isEqualTo("new");
        assertThat(text.runs()).extracting(TextRun::kind).containsExactly(TextRun.Kind.TEXT);
        Transcript transcript = TextReconstruction.of(log).groups().get(0).transcript();
        assertThat(transcript.deletedText()).isEqualTo("old query");
    }

    @Test
    void selectAllThenBackspaceEmptiesTheField() {
        SessionLog log = new Script().focus("Browser", "Search").type("abc").chord("KeyA", "MetaLeft")
                .press("Backspace").build();
        assertThat(finalText(log).text()).isEmpty();
    }

    @Test
    void shortcutsBecomeChipsInline() {
        SessionLog log = new Script().focus("Editor", "notes").type("ab").chord("KeyS", "ControlLeft").type("c")
                .chord("KeyV", "ControlLeft").build();
        GroupText text = finalText(log);
        assertThat(text.display()).isEqualTo("ab[Ctrl+S]c[Ctrl+V]");
        assertThat(text.text()).isEqualTo("abc");
    }

    @Test
    void backspaceAfterAPasteIsShownNotGuessed() {
        SessionLog log = new Script().focus("Editor", "notes").type("ab").chord("KeyV", "ControlLeft")
                .press("Backspace", 2).build();
        assertThat(finalText(log).display()).isEqualTo("ab[Ctrl+V][Backspace \u00d72]");
    }

    @Test
    void backspaceSkipsOverMarkerChipsToDeleteText() {
        SessionLog log = new Script().focus("Editor", "notes").type("ab").chord("KeyS", "ControlLeft")
                .press("Backspace").build();
        assertThat(finalText(log).display()).isEqualTo("a[Ctrl+S]");
    }

    @Test
    void enterInsertsANewlineAndTabOnlyTypesInMultilineFields() {
        SessionLog form = new Script().focus("Browser", "Form").field(FieldRole.TEXT, "name").type("Ann")
                .press("Tab").build();
        assertThat(finalText(form).display()).isEqualTo("Ann[Tab]");

        SessionLog editor = new Script().focus("Editor", "code").field(FieldRole.MULTILINE, "body").type("if")
                .press("Enter").press("Tab").type("go").build();
        assertThat(finalText(editor).text()).isEqualTo("if\n\tgo");

        SessionLog terminal = new Script().focus("Terminal", "bash").field(FieldRole.TERMINAL, null).type("ls")
                .press("Enter").build();
        assertThat(finalText(terminal).text()).isEqualTo("ls\n");
    }

    @Test
    void shiftedTabIsAChip() {
        SessionLog log = new Script().focus("Editor", "code").field(FieldRole.MULTILINE, "body").type("x")
                .chord("Tab", "ShiftLeft").build();
        assertThat(finalText(log).display()).isEqualTo("x[Shift+Tab]");
    }

    @Test
    void passwordCharactersAreSecretAndMaskedInTheHud() {
        SessionLog log = new Script().focus("Browser", "Login").field(FieldRole.TEXT, "user").type("ann")
                .field(FieldRole.PASSWORD, "password").type("hunter2").press("Enter").build();
        TextHistory history = TextReconstruction.of(log);
        GroupText password = history.groups().get(1).textAt(log.size() - 1);
        assertThat(password.role()).isEqualTo(FieldRole.PASSWORD);
        assertThat(password.runs()).allSatisfy(run -> assertThat(run.isSecret()).isTrue());
        assertThat(password.display()).isEqualTo("\u2022".repeat(8));
        assertThat(history.groups().get(1).transcript().isSecret(0)).isTrue();
        List<KeyStroke> hud = history.recentKeys(log.size() - 1, 8);
        assertThat(hud).extracting(KeyStroke::label)
                .containsExactly("\u2022", "\u2022", "\u2022", "\u2022", "\u2022", "\u2022", "\u2022", "Enter");
        assertThat(hud.get(0).secret()).isTrue();
    }

    @Test
    void groupsFollowWindowAndFieldAndContinueOnReturn() {
        SessionLog log = new Script().focus("Mail", "Compose").field(FieldRole.MULTILINE, "body").type("Hi ")
                .focus("Chat", "Bob").field(FieldRole.TEXT, "message").type("brb")
                .focus("Mail", "Compose").type("there").build();
        TextHistory history = TextReconstruction.of(log);
        assertThat(history.groups()).hasSize(2);
        assertThat(history.groups().get(0).textAt(log.size() - 1).text()).isEqualTo("Hi there");
        assertThat(history.groups().get(0).role()).isEqualTo(FieldRole.MULTILINE);
        assertThat(history.groups().get(1).textAt(log.size() - 1).text()).isEqualTo("brb");
        assertThat(history.groups().get(1).app()).isEqualTo("Chat");
    }

    @Test
    void returningToAPasswordWindowKeepsItsTypingSecret() {
        SessionLog log = new Script().focus("Browser", "Login").field(FieldRole.PASSWORD, "pw").type("ab")
                .focus("Chat", "Bob").focus("Browser", "Login").type("cd").build();
        GroupText text = TextReconstruction.of(log).groups().get(0).textAt(log.size() - 1);
        assertThat(text.text()).isEqualTo("abcd");
        assertThat(text.runs()).allSatisfy(run -> assertThat(run.isSecret()).isTrue());
    }

    @Test
    void theTextAtAnEarlierEventShowsThePast() {
        Script s = new Script().focus("Editor", "notes").type("abc");
        int afterAbc = s.nextIndex() - 1;
        s.press("Backspace", 3).type("xyz");
        SessionLog log = s.build();
        TextGroup group = TextReconstruction.of(log).groups().get(0);
        assertThat(group.textAt(afterAbc).text()).isEqualTo("abc");
        assertThat(group.textAt(log.size() - 1).text()).isEqualTo("xyz");
        assertThat(group.textAt(0)).isNull();
    }

    @Test
    void altTabIsAChipAndTheStuckAltIsForgottenAfterTheSwitch() {
        SessionLog log = new Script().focus("Editor", "notes").type("a").keyDown("AltLeft", null)
                .keyDown("Tab", null).keyUp("Tab").focus("Chat", "Bob").type("b").build();
        TextHistory history = TextReconstruction.of(log);
        assertThat(history.groups().get(0).textAt(log.size() - 1).display()).isEqualTo("a[Alt+Tab]");
        assertThat(history.groups().get(1).textAt(log.size() - 1).text()).isEqualTo("b");
    }

    @Test
    void wordDeleteAndWordMovesWork() {
        SessionLog log = new Script().focus("Editor", "notes").type("one two three").chord("Backspace", "ControlLeft")
                .chord("ArrowLeft", "ControlLeft").type("X").build();
        assertThat(finalText(log).text()).isEqualTo("one Xtwo ");
    }

    @Test
    void shiftArrowSelectionIsReplaced() {
        SessionLog log = new Script().focus("Editor", "notes").type("abcd").chord("ArrowLeft", "ShiftLeft")
                .chord("ArrowLeft", "ShiftLeft").type("Z").build();
        assertThat(finalText(log).text()).isEqualTo("abZ");
    }

    @Test
    void upAndDownMoveBetweenLinesInAMultilineField() {
        SessionLog log = new Script().focus("Editor", "code").field(FieldRole.MULTILINE, "body").type("abc\nde")
                .press("ArrowUp").type("X").press("ArrowDown").type("Y").build();
        assertThat(finalText(log).text()).isEqualTo("abXc\ndeY");
    }

    @Test
    void terminalHistoryAndReadlineKeys() {
        SessionLog log = new Script().focus("Terminal", "bash").field(FieldRole.TERMINAL, null).type("rm -rf x")
                .chord("KeyU", "ControlLeft").type("ls").press("ArrowUp").build();
        GroupText text = finalText(log);
        assertThat(text.display()).isEqualTo("ls[Up]");
    }

    @Test
    void cutRemovesTheSelectionAndLeavesAChip() {
        SessionLog log = new Script().focus("Editor", "notes").type("abc").chord("KeyA", "ControlLeft")
                .chord("KeyX", "ControlLeft").build();
        assertThat(finalText(log).display()).isEqualTo("[Ctrl+X]");
    }

    @Test
    void altGraphCharactersAreText() {
        SessionLog log = new Script().focus("Editor", "notes").keyDown("AltRight", null).keyDown("KeyQ", "@")
                .keyUp("KeyQ").keyUp("AltRight").build();
        assertThat(finalText(log).text()).isEqualTo("@");
    }

    @Test
    void selectionAndCaretAreReportedInCaretUnits() {
        SessionLog log = new Script().focus("Editor", "notes").type("ab").chord("KeyS", "ControlLeft").type("cd")
                .chord("ArrowLeft", "ShiftLeft").build();
        GroupText text = finalText(log);
        // a b [Ctrl+S] c | d : the chip is one unit
        assertThat(text.caret()).isEqualTo(4);
        assertThat(text.selectionStart()).isEqualTo(4);
        assertThat(text.selectionEnd()).isEqualTo(5);
    }

    @Test
    void hudListsTheLastKeysWithShortcutLabels() {
        SessionLog log = new Script().focus("Editor", "notes").type("hi").chord("KeyC", "ControlLeft", "ShiftLeft")
                .press("Escape").build();
        assertThat(TextReconstruction.of(log).recentKeys(log.size() - 1, 8)).extracting(KeyStroke::label)
                .containsExactly("h", "i", "Ctrl+Shift+C", "Esc");
    }

    @Test
    void printedValuesNeverContainTypedTextOrTitles() {
        SessionLog log = new Script().focus("Mail", "Secret project title").field(FieldRole.TEXT, "To")
                .type("topsecret").build();
        TextHistory history = TextReconstruction.of(log);
        GroupText text = history.groups().get(0).textAt(log.size() - 1);
        String printed = text + " " + text.runs() + " " + history.groups().get(0) + " " + history.groups().get(0).transcript()
                + " " + history.recentKeys(log.size() - 1, 8) + " " + history.at(log.size() - 1);
        assertThat(printed).doesNotContain("topsecret").doesNotContain("Secret project");
    }
}
