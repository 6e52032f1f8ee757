package org.trailmark.io.rrweb;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes {@code sample-sessions/rrweb-checkout.json}: a short web-shop session as rrweb's recorder
 * saves it (one JSON array, default settings: passwords masked, other inputs not). Someone signs
 * in (e-mail, masked password), searches for a product with a typo fixed by Backspace, and pays
 * with the test card 4111 1111 1111 1111. Pointer positions are sampled every 50 ms and written in
 * batches of half a second, as rrweb does. Deterministic: the same seed gives the same bytes.
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:<jackson> org.trailmark.io.rrweb.RrwebSample OUT}
 * (the test {@code RrwebSampleTest} fails when the committed file differs from what this writes).
 */
public final class RrwebSample {
    static final long SEED = 20261127L;
    static final long START = 1_795_000_000_000L; // 2026-11-18, epoch ms
    static final String FILE_NAME = "rrweb-checkout.json";

    private final RrwebEvents r = new RrwebEvents();
    private final Random random = new Random(SEED);
    private long now = START;
    private double x = 640;
    private double y = 360;

    public static void main(String[] args) throws IOException {
        RrwebEvents.write(Path.of(args[0]), generate());
    }

    /** The sample's text. */
    static String generate() throws IOException {
        return new RrwebSample().session().array();
    }

    private RrwebEvents session() {
        loginPage();
        searchPage();
        checkoutPage();
        return r;
    }

    private void loginPage() {
        ObjectNode email = r.element("input", "type", "email", "name", "email", "autocomplete", "username");
        ObjectNode password = r.element("input", "type", "password", "name", "password");
        ObjectNode signIn = r.element("button", "type", "submit");
        r.meta(now, "https://shop.example.com/login", 1280, 720);
        r.snapshot(now, id(), "Sign in \u2013 Example Shop", email, password, signIn);
        now += 900;
        clickInto(email, 620, 300);
        type(email, "", "ana.lima@example.com");
        clickInto(password, 620, 360);
        typeMasked(password, 11);
        moveTo(640, 430);
        r.fullClick(now, RrwebEvents.idOf(signIn), (int) x, (int) y);
        now += 700;
    }

    private void searchPage() {
        ObjectNode search = r.element("input", "type", "search", "aria-label", "Search products");
        ObjectNode result = r.element("a", "href", "/p/trail-shoes");
        int document = id();
        r.meta(now, "https://shop.example.com/", 1280, 720);
        r.snapshot(now, document, "Example Shop", search, result);
        now += 1_200;
        clickInto(search, 500, 80);
        String value = type(search, "", "trial");
        value = backspace(search, value, 3);
        type(search, value, "ail running shoes");
        now += 900;
        for (int i = 1; i <= 4; i++) {
            r.scroll(now, document, 0, 180 * i);
            now += 110;
        }
        now += 1_500;
        moveTo(420, 380);
        r.fullClick(now, RrwebEvents.idOf(result), (int) x, (int) y);
        now += 600;
    }

    private void checkoutPage() {
        ObjectNode name = r.element("input", "type", "text", "name", "cc-name", "autocomplete", "cc-name");
        ObjectNode card = r.element("input", "type", "text", "name", "cardnumber", "autocomplete", "cc-number",
                "inputmode", "numeric");
        ObjectNode pay = r.element("button", "type", "submit");
        r.meta(now, "https://shop.example.com/checkout", 1280, 720);
        r.snapshot(now, id(), "Checkout \u2013 Example Shop", name, card, pay);
        r.consoleLog(now + 5, "checkout loaded");
        now += 1_100;
        clickInto(name, 600, 250);
        type(name, "", "Ana Lima");
        clickInto(card, 600, 310);
        type(card, "", "4111 1111 1111 1111");
        r.blur(now, RrwebEvents.idOf(card));
        moveTo(640, 420);
        r.fullClick(now, RrwebEvents.idOf(pay), (int) x, (int) y);
        now += 400;
        r.viewportResize(now, 1280, 600);
        now += 800;
        moveTo(700, 300);
    }

    private int id() {
        return r.id();
    }

    private void clickInto(ObjectNode field, int tx, int ty) {
        moveTo(tx, ty);
        r.mouseDown(now, RrwebEvents.idOf(field), (int) x, (int) y);
        r.focus(now + 2, RrwebEvents.idOf(field));
        now += 60 + random.nextInt(60);
        r.mouseUp(now, RrwebEvents.idOf(field), (int) x, (int) y).click(now, RrwebEvents.idOf(field), (int) x, (int) y);
        now += 300 + random.nextInt(300);
    }

    /** A pointer path sampled every 50 ms, written in batches of up to 500 ms with negative time offsets. */
    private void moveTo(int tx, int ty) {
        double distance = Math.hypot(tx - x, ty - y);
        int steps = Math.max(3, (int) (distance / 40));
        double sx = x;
        double sy = y;
        java.util.List<long[]> batch = new java.util.ArrayList<>();
        for (int i = 1; i <= steps; i++) {
            double s = (double) i / steps;
            double ease = s * s * (3 - 2 * s);
            double jitter = i < steps ? 1.5 : 0;
            x = sx + (tx - sx) * ease + random.nextGaussian() * jitter;
            y = sy + (ty - sy) * ease + random.nextGaussian() * jitter;
            now += 50;
            batch.add(new long[] {Math.round(x), Math.round(y), now});
            if (batch.size() == 10 || i == steps) {
                int[] positions = new int[batch.size() * 3];
                for (int k = 0; k < batch.size(); k++) {
                    positions[3 * k] = (int) batch.get(k)[0];
                    positions[3 * k + 1] = (int) batch.get(k)[1];
                    positions[3 * k + 2] = (int) (batch.get(k)[2] - now);
                }
                r.moves(now, positions);
                batch.clear();
            }
        }
        x = tx;
        y = ty;
        now += 80;
    }

    private String type(ObjectNode field, String before, String text) {
        String value = before;
        for (char c : text.toCharArray()) {
            value += c;
            now += 110 + random.nextInt(140);
            r.input(now, RrwebEvents.idOf(field), value);
        }
        return value;
    }

    private String backspace(ObjectNode field, String value, int count) {
        String v = value;
        for (int i = 0; i < count; i++) {
            v = v.substring(0, v.length() - 1);
            now += 90 + random.nextInt(60);
            r.input(now, RrwebEvents.idOf(field), v);
        }
        return v;
    }

    /** rrweb masks a password field's value by default: one {@code *} per character. */
    private void typeMasked(ObjectNode field, int length) {
        for (int i = 1; i <= length; i++) {
            now += 120 + random.nextInt(150);
            r.input(now, RrwebEvents.idOf(field), "*".repeat(i));
        }
    }
}
