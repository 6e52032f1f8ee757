package org.trailmark.generate;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.trailmark.model.ConsentReference;
import org.trailmark.model.FieldRole;
import org.trailmark.model.Screen;

/**
 * Ana signs in to the team webmail in Firefox (e-mail address, then a password in a password
 * field), reads a message, copies part of it and writes to Ben with her phone number and
 * e-mail address in the body.
 */
final class WebmailScenario extends Scenario {
    private static final String FIREFOX = "Firefox";
    private static final Target URL_BAR = new Target(260, 44, 1100, 30);
    private static final Target SECOND_TAB = new Target(252, 6, 220, 28);
    private static final Target LOGIN_EMAIL = new Target(760, 430, 400, 38);
    private static final Target SIGN_IN = new Target(760, 565, 400, 42);
    private static final Target COMPOSE = new Target(30, 140, 150, 40);
    private static final Target FIRST_MESSAGE = new Target(260, 180, 900, 50);
    private static final Target READING_START = new Target(1190, 300, 30, 18);
    private static final Target READING_END = new Target(1700, 420, 60, 18);
    private static final Target TO = new Target(330, 190, 1000, 30);
    private static final Target SUBJECT = new Target(330, 232, 1000, 30);
    private static final Target BODY = new Target(330, 280, 1400, 520);
    private static final Target SEND = new Target(330, 830, 110, 36);
    private static final Target MESSAGE_LIST = new Target(260, 180, 900, 800);
    private static final Target READING_PANE = new Target(1190, 200, 700, 800);
    private static final Target CALENDAR = new Target(300, 150, 1500, 850);
    private static final Target CALENDAR_DAY = new Target(420, 260, 180, 120);

    @Override
    String name() {
        return "ana-webmail";
    }

    @Override
    Persona persona() {
        return Persona.ANA;
    }

    @Override
    List<Screen> screens() {
        return FULL_HD;
    }

    @Override
    ConsentReference consent() {
        return CAPTURE_AND_TRAINING;
    }

    @Override
    String instruction() {
        return "Sign in to the team webmail and send Ben the notes from Monday's planning meeting.";
    }

    @Override
    OffsetDateTime earliestStart() {
        return OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    void play(Actor a) {
        Rng rng = a.rng();
        a.focus(FIREFOX, "New Tab — Mozilla Firefox");
        a.hand().report();
        a.think(900, 2200);

        a.clickInto(URL_BAR, FieldRole.URL, "Search or enter address");
        a.type("mail.example.com");
        a.press("Enter");
        a.field(FieldRole.NONE, null);
        a.focus(FIREFOX, "Sign in — Example Mail — Mozilla Firefox");
        a.think(1200, 2600);
        a.marker("task start");

        a.clickInto(LOGIN_EMAIL, FieldRole.EMAIL, "Email address");
        a.typeSecret(SecretKind.EMAIL, "ana.lima@example.com", 0.5);
        a.press("Tab");
        a.field(FieldRole.PASSWORD, "Password");
        a.typeSecret(SecretKind.PASSWORD, "Otter-Lantern-42!", 0.7);
        a.clickButton(SIGN_IN);
        a.think(1500, 3200);
        a.focus(FIREFOX, "Inbox (3) — Example Mail — Mozilla Firefox");

        a.hand().moveTo(700, 420, 200);
        a.scroll(rng.between(5, 9), 1);
        a.browse(MESSAGE_LIST, 8_000, 16_000);
        a.scroll(rng.between(8, 14), -1);
        a.click(FIRST_MESSAGE.below(56 * rng.between(0, 1)));
        a.focus(FIREFOX, "Planning notes — Example Mail — Mozilla Firefox");
        a.browse(READING_PANE, 30_000, 50_000);
        a.scroll(rng.between(10, 16), -1);
        a.drag(READING_START, READING_END);
        a.ctrl("KeyC");
        a.think(600, 1500);

        a.clickButton(COMPOSE);
        a.focus(FIREFOX, "Compose — Example Mail — Mozilla Firefox");
        a.think(800, 1600);
        a.clickInto(TO, FieldRole.EMAIL, "To");
        a.typeSecret(SecretKind.EMAIL, "ben.okafor@example.org", 1.0);
        a.press("Enter");
        a.clickInto(SUBJECT, FieldRole.TEXT, "Subject");
        a.type("Notes from Monday planning");
        a.clickInto(BODY, FieldRole.MULTILINE, "Message body");
        a.type("Hi Ben,\n\nhere are the notes from Monday:\n\n");
        a.ctrl("KeyV");
        a.think(1500, 3500);
        a.type("\n\nThe budget part still needs your numbers. If anything is unclear, call me on ");
        a.typeSecret(SecretKind.PHONE, "(202) 555-0147", 1.0);
        a.type(" or write to ");
        a.typeSecret(SecretKind.EMAIL, "ana.lima@example.com", 1.0);
        a.type(".\n\nThanks,\nAna");
        a.ctrl("KeyS");
        a.think(2000, 5000);
        a.clickButton(SEND);
        a.focus(FIREFOX, "Inbox (2) — Example Mail — Mozilla Firefox");

        a.idle(60_000, 110_000);
        a.click(SECOND_TAB);
        a.focus(FIREFOX, "Team calendar — Mozilla Firefox");
        a.browse(CALENDAR, 15_000, 30_000);
        a.doubleClick(CALENDAR_DAY.right(180 * rng.between(0, 3)));
        a.think(1500, 3000);
        a.press("Escape");
        a.ctrl("Tab");
        a.focus(FIREFOX, "Inbox (2) — Example Mail — Mozilla Firefox");
        a.think(1000, 2500);
    }
}
