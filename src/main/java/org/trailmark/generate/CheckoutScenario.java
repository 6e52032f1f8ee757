package org.trailmark.generate;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.trailmark.model.ConsentReference;
import org.trailmark.model.FieldRole;
import org.trailmark.model.Screen;

/**
 * Chloe orders a charger in a web shop on her main screen (name, address, e-mail, phone and a
 * test card number), then chats privately with a friend in Slack on her second screen, pauses
 * the capture for a call, and posts the order number to a work channel.
 */
final class CheckoutScenario extends Scenario {
    private static final String FIREFOX = "Firefox";
    private static final String SLACK = "Slack";
    private static final Target PRODUCT_PAGE = new Target(200, 180, 1500, 800);
    private static final Target CHECKOUT_BUTTON = new Target(1480, 620, 220, 48);
    private static final Target FULL_NAME = new Target(560, 260, 520, 36);
    private static final Target EMAIL = new Target(560, 560, 520, 36);
    private static final Target PHONE = new Target(560, 620, 520, 36);
    private static final Target CARD_NUMBER = new Target(560, 420, 520, 36);
    private static final Target PLACE_ORDER = new Target(560, 640, 520, 48);
    private static final Target ORDER_NUMBER = new Target(880, 300, 120, 22);
    private static final Target DIRECT_MESSAGE = new Target(1940, 380, 220, 28);
    private static final Target CHANNEL = new Target(1940, 220, 220, 28);
    private static final Target MESSAGE_BOX = new Target(2200, 960, 1300, 44);
    private static final Target CHAT_HISTORY = new Target(2200, 120, 1300, 800);

    @Override
    String name() {
        return "chloe-checkout";
    }

    @Override
    Persona persona() {
        return Persona.CHLOE;
    }

    @Override
    List<Screen> screens() {
        return DUAL;
    }

    @Override
    ConsentReference consent() {
        return CAPTURE_ONLY;
    }

    @Override
    String instruction() {
        return "Order a replacement laptop charger from the supplier's web shop and share the order number in #procurement.";
    }

    @Override
    OffsetDateTime earliestStart() {
        return OffsetDateTime.of(2026, 3, 5, 13, 15, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    void play(Actor a) {
        Rng rng = a.rng();
        a.focus(FIREFOX, "USB-C charger 65 W — Example Supplies — Mozilla Firefox");
        a.hand().report();
        a.browse(PRODUCT_PAGE, 10_000, 20_000);
        a.clickButton(CHECKOUT_BUTTON);
        a.focus(FIREFOX, "Checkout — Example Supplies — Mozilla Firefox");
        a.think(1500, 3000);

        a.clickInto(FULL_NAME, FieldRole.TEXT, "Full name");
        a.type("Chloe Martin");
        a.press("Tab");
        a.field(FieldRole.TEXT, "Street address");
        a.type("12 Example Street");
        a.press("Tab");
        a.field(FieldRole.TEXT, "City");
        a.type("Springfield");
        a.press("Tab");
        a.field(FieldRole.TEXT, "Postal code");
        a.type("62704");
        a.clickInto(EMAIL, FieldRole.EMAIL, "Email");
        a.typeSecret(SecretKind.EMAIL, "chloe.martin@example.com", 1.0);
        a.clickInto(PHONE, FieldRole.TEL, "Phone");
        a.typeSecret(SecretKind.PHONE, "+1 312 555 0182", 1.0);
        a.leaveField();
        a.hand().moveTo(900, 700, 300);
        a.scroll(rng.between(5, 8), 1);
        a.think(1500, 3000);

        a.clickInto(CARD_NUMBER, FieldRole.TEXT, "Card number");
        a.typeSecret(SecretKind.PAYMENT_CARD, "4111 1111 1111 1111", 1.5);
        a.press("Tab");
        a.field(FieldRole.TEXT, "Expiry (MM/YY)");
        a.type("12/29");
        a.press("Tab");
        a.field(FieldRole.TEXT, "Security code");
        a.type("737");
        a.think(1500, 4000);
        a.clickButton(PLACE_ORDER);
        a.focus(FIREFOX, "Order confirmed — Example Supplies — Mozilla Firefox");
        a.browse(PRODUCT_PAGE, 5_000, 10_000);

        a.click(DIRECT_MESSAGE);
        a.focus(SLACK, "Sam (DM) — Slack");
        a.browse(CHAT_HISTORY, 5_000, 12_000);
        a.clickInto(MESSAGE_BOX, FieldRole.MULTILINE, "Message Sam");
        a.typeSecret(SecretKind.PRIVATE_CHAT,
                "are you still ok to pick up Leo from school today? my appointment at the clinic moved to 4", 1.0);
        a.press("Enter");
        a.idle(15_000, 40_000);
        a.typeSecret(SecretKind.PRIVATE_CHAT, "thank you!! I'll tell you how it went tonight", 1.0);
        a.press("Enter");
        a.leaveField();
        a.pauseCapture(30_000, 90_000);

        a.click(new Target(200, 600, 800, 200));
        a.focus(FIREFOX, "Order confirmed — Example Supplies — Mozilla Firefox");
        a.doubleClick(ORDER_NUMBER);
        a.ctrl("KeyC");
        a.click(CHANNEL);
        a.focus(SLACK, "#procurement — Slack");
        a.clickInto(MESSAGE_BOX, FieldRole.MULTILINE, "Message #procurement");
        a.type("Ordered the charger for the loaner laptop, order ");
        a.ctrl("KeyV");
        a.type(", should arrive Thursday.");
        a.press("Enter");
        a.browse(CHAT_HISTORY, 6_000, 12_000);
    }
}
