package org.trailmark.generate;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.trailmark.model.ConsentReference;
import org.trailmark.model.FieldRole;
import org.trailmark.model.Screen;

/**
 * Ben reviews a pull request in Firefox (long reading with scrolling, a comment, find in page),
 * waits for CI, and keeps notes in a text editor, copying one line into the review.
 */
final class CodeReviewScenario extends Scenario {
    private static final String FIREFOX = "Firefox";
    private static final String EDITOR = "Text Editor";
    private static final String PR_TITLE = "Pull request #42: Sync build artifacts per version · shipyard — Mozilla Firefox";
    private static final Target PAGE = new Target(260, 200, 1200, 850);
    private static final Target FILES_CHANGED_TAB = new Target(640, 180, 140, 34);
    private static final Target DIFF_LINE = new Target(250, 420, 40, 20);
    private static final Target COMMENT_BOX = new Target(300, 460, 1000, 120);
    private static final Target ADD_COMMENT = new Target(1130, 592, 170, 32);
    private static final Target CI_LOG = new Target(260, 260, 1300, 780);
    private static final Target NOTES_END = new Target(80, 520, 600, 20);
    private static final Target NOTES_LINE_START = new Target(60, 497, 12, 18);
    private static final Target NOTES_LINE_END = new Target(640, 497, 20, 18);
    private static final Target CONVERSATION_BOX = new Target(300, 860, 1000, 140);

    @Override
    String name() {
        return "ben-review";
    }

    @Override
    Persona persona() {
        return Persona.BEN;
    }

    @Override
    List<Screen> screens() {
        return LAPTOP_RETINA;
    }

    @Override
    ConsentReference consent() {
        return CAPTURE_AND_TRAINING;
    }

    @Override
    String instruction() {
        return "Review pull request #42, comment on the region setting and note the outcome.";
    }

    @Override
    OffsetDateTime earliestStart() {
        return OffsetDateTime.of(2026, 3, 4, 11, 0, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    void play(Actor a) {
        Rng rng = a.rng();
        a.focus(FIREFOX, PR_TITLE);
        a.hand().report();
        a.browse(PAGE, 18_000, 30_000);

        a.clickButton(FILES_CHANGED_TAB);
        a.focus(FIREFOX, "Files changed · " + PR_TITLE);
        a.browse(PAGE, 25_000, 45_000);
        a.click(DIFF_LINE.below(20 * rng.between(0, 8)));
        a.clickInto(COMMENT_BOX, FieldRole.MULTILINE, "Add a comment");
        a.type("Could we pin the region here instead of relying on AWS_DEFAULT_REGION from the environment?");
        a.clickButton(ADD_COMMENT);

        a.ctrl("KeyF");
        a.field(FieldRole.SEARCH, "Find in page");
        a.type("delete");
        a.press("Enter");
        a.think(1200, 2500);
        a.press("Enter");
        a.think(1500, 3000);
        a.press("Escape");
        a.field(FieldRole.NONE, null);
        a.browse(PAGE, 10_000, 20_000);

        a.ctrl("Tab");
        a.focus(FIREFOX, "CI run #318 · shipyard — Mozilla Firefox");
        a.browse(CI_LOG, 8_000, 15_000);
        a.idle(45_000, 90_000);
        a.scroll(rng.between(10, 20), 1);
        a.think(2000, 4000);

        a.altTab(EDITOR, "review-notes.md — Text Editor");
        a.clickInto(NOTES_END, FieldRole.MULTILINE, "Document");
        a.ctrl("End");
        a.type("\n- PR #42: pin the region in deploy.sh, otherwise good to merge.\n"
                + "- CI run 318 green after the retry.\n");
        a.ctrl("KeyS");
        a.drag(NOTES_LINE_START, NOTES_LINE_END);
        a.ctrl("KeyC");

        a.altTab(FIREFOX, "Files changed · " + PR_TITLE);
        a.ctrl("Tab");
        a.focus(FIREFOX, PR_TITLE);
        a.scroll(rng.between(12, 20), 1);
        a.clickInto(CONVERSATION_BOX, FieldRole.MULTILINE, "Leave a comment");
        a.ctrl("KeyV");
        a.type(" Approving once that is in.");
        a.ctrl("Enter");
        a.field(FieldRole.NONE, null);
        a.browse(PAGE, 6_000, 12_000);
    }
}
