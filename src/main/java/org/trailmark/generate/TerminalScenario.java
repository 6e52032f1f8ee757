package org.trailmark.generate;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.trailmark.model.ConsentReference;
import org.trailmark.model.FieldRole;
import org.trailmark.model.Screen;

/**
 * Ben sets AWS credentials in a terminal by typing the access key id and secret key (AWS's
 * documented example values), edits the deploy script in nano, commits and pushes, then looks
 * the commit up in Firefox.
 */
final class TerminalScenario extends Scenario {
    private static final String TERMINAL = "Terminal";
    private static final String FIREFOX = "Firefox";
    private static final String PROMPT_TITLE = "ben@devbox: ~/projects/shipyard";
    private static final Target OUTPUT = new Target(20, 60, 1680, 1020);
    private static final Target COMMIT_HASH = new Target(118, 742, 64, 18);
    private static final Target PR_SEARCH = new Target(420, 190, 700, 32);
    private static final Target PR_LIST = new Target(300, 240, 1100, 700);

    @Override
    String name() {
        return "ben-deploy";
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
        return "Configure the AWS credentials in the terminal, add the artifact sync to deploy.sh and push it.";
    }

    @Override
    OffsetDateTime earliestStart() {
        return OffsetDateTime.of(2026, 3, 2, 10, 30, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    void play(Actor a) {
        Rng rng = a.rng();
        a.focus(TERMINAL, PROMPT_TITLE);
        a.hand().report();
        a.field(FieldRole.TERMINAL, "Terminal");
        a.think(1500, 3000);

        a.type("git status\n");
        a.browse(OUTPUT, 3_000, 6_000);
        a.type("git pull --rebase\n");
        a.think(2500, 6000);

        a.type("export AWS_ACCESS_KEY_ID=");
        a.typeSecret(SecretKind.AWS_ACCESS_KEY, "AKIAIOSFODNN7EXAMPLE", 0.4);
        a.press("Enter");
        a.type("export AWS_SECRET_ACCESS_KEY=");
        a.typeSecret(SecretKind.AWS_SECRET_KEY, "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", 0.4);
        a.press("Enter");
        a.type("export AWS_DEFAULT_REGION=eu-west-1\n");
        a.type("aws s3 ls s3://shipyard-artifacts/\n");
        a.think(2000, 4000);
        a.browse(OUTPUT, 8_000, 15_000);

        a.type("nano deploy.sh\n");
        a.focus(TERMINAL, "nano deploy.sh — ben@devbox");
        a.think(1200, 2500);
        a.repeat("ArrowDown", rng.between(6, 11));
        a.press("End");
        a.type("\naws s3 sync build/ \"s3://shipyard-artifacts/$VERSION/\" --delete");
        a.ctrl("KeyO");
        a.think(400, 900);
        a.press("Enter");
        a.ctrl("KeyX");
        a.focus(TERMINAL, PROMPT_TITLE);

        a.type("bash -n deploy.sh && ./deploy.sh --dry-run\n");
        a.browse(OUTPUT, 6_000, 12_000);
        a.ctrl("KeyC");
        a.type("git diff\n");
        a.browse(OUTPUT, 8_000, 16_000);
        a.type("q");
        a.type("git add deploy.sh\n");
        a.type("git commit -m \"Sync build artifacts per version\"\n");
        a.type("git push origin HEAD\n");
        a.think(3000, 7000);
        a.type("git log --oneline -3\n");
        a.think(1500, 3000);

        a.doubleClick(COMMIT_HASH);
        a.ctrlShift("KeyC");
        a.altTab(FIREFOX, "Pull requests · shipyard — Mozilla Firefox");
        a.field(FieldRole.NONE, null);
        a.clickInto(PR_SEARCH, FieldRole.SEARCH, "Search pull requests");
        a.ctrl("KeyV");
        a.press("Enter");
        a.think(1500, 3000);
        a.browse(PR_LIST, 10_000, 20_000);

        a.altTab(TERMINAL, PROMPT_TITLE);
        a.field(FieldRole.TERMINAL, "Terminal");
        a.type("clear\n");
        a.ctrl("KeyR");
        a.type("aws s3");
        a.think(800, 1600);
        a.press("Escape");
        a.ctrl("KeyC");
        a.type("exit\n");
        a.think(500, 1200);
    }
}
