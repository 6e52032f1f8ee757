package org.trailmark.io.screenpipe;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;

/**
 * Writes sample-sessions/screenpipe-invoice-payment/db.sqlite: one made-up morning task as
 * screenpipe's recorder on a Mac stores it. Ana finds an invoice in Mail, copies the payee's IBAN,
 * pays it in her bank's web page (pasting the IBAN, typing the amount), and goes back to Mail.
 * screenpipe captured the clipboard text, so the sample shows that Trailmark keeps only its length
 * unless told otherwise. Deterministic: seed {@value #SEED}.
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:<sqlite-jdbc.jar>
 * org.trailmark.io.screenpipe.ScreenpipeSample sample-sessions/screenpipe-invoice-payment/db.sqlite}
 */
public final class ScreenpipeSample {
    static final long SEED = 20261127L;
    static final String IBAN = "DE89 3704 0044 0532 0130 00";
    static final String MACHINE = "ana-macbook.local";
    private static final Instant START = Instant.parse("2026-11-27T09:40:00Z");
    private static final DateTimeFormatter RFC3339 =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxxx").withZone(ZoneOffset.UTC);
    private static final String SESSION = "6f1c2a9e-0d4b-4c3e-9a57-3b1f0c8e2d41";

    private final ScreenpipeTestDatabase db;
    private final Random random = new Random(SEED);
    private int ms;
    private int x = 700;
    private int y = 450;
    private String app;
    private String title;

    private ScreenpipeSample(ScreenpipeTestDatabase db) {
        this.db = db;
    }

    public static void main(String[] args) throws Exception {
        write(Path.of(args.length > 0 ? args[0] : "sample-sessions/screenpipe-invoice-payment/db.sqlite"));
    }

    public static void write(Path file) throws Exception {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.deleteIfExists(file);
        try (ScreenpipeTestDatabase db = ScreenpipeTestDatabase.create(file)) {
            new ScreenpipeSample(db).record();
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.execute("VACUUM");
        }
    }

    private void record() throws Exception {
        focus("Mail", "Inbox \u2014 ana@example.org", null);
        moveTo(380, 240);
        click(0, 1);
        focus("Mail", "Invoice 2026-114 from Nordlicht Print GmbH", null);
        wait(2_500);
        scroll(-4);
        wait(1_800);
        moveTo(512, 610);
        click(0, 2); // double-click selects the IBAN
        shortcut(8, 8); // Cmd+C
        clipboard('c', IBAN);
        wait(900);
        shortcut(48, 8); // Cmd+Tab
        focus("Safari", "Online Banking \u2014 Transfer", "https://bank.example/transfer");
        wait(1_200);
        moveTo(640, 330);
        click(0, 1);
        text("Nordlicht Print GmbH");
        moveTo(640, 380);
        click(0, 1);
        shortcut(9, 8); // Cmd+V
        clipboard('v', IBAN);
        moveTo(640, 430);
        click(0, 1);
        text("1284.50");
        moveTo(640, 480);
        click(0, 1);
        text("Invoice 2026-114");
        wait(1_500);
        moveTo(720, 560);
        click(0, 1);
        focus("Safari", "Online Banking \u2014 Confirm transfer", "https://bank.example/transfer/confirm");
        wait(2_000);
        moveTo(720, 600);
        click(0, 1);
        wait(1_000);
        shortcut(48, 8);
        focus("Mail", "Invoice 2026-114 from Nordlicht Print GmbH", null);
        moveTo(300, 120);
        click(1, 1); // right-click: flag the message
        moveTo(340, 170);
        click(0, 1);
    }

    private String now() {
        return RFC3339.format(START.plusMillis(ms));
    }

    private void wait(int millis) {
        ms += millis;
    }

    private void focus(String newApp, String newTitle, String url) throws Exception {
        ms += 40;
        if (!newApp.equals(app)) {
            db.row(now(), "app_switch", "session_id", SESSION, "app_name", newApp, "app_pid", 400 + newApp.length(),
                    "text_content", newApp, "machine_id", MACHINE);
        }
        ms += 15;
        db.row(now(), "window_focus", "session_id", SESSION, "app_name", newApp, "window_title", newTitle,
                "browser_url", url, "text_content", newTitle, "machine_id", MACHINE);
        app = newApp;
        title = newTitle;
    }

    /** A pointer path, throttled like screenpipe's (a row when the pointer moved more than a few points). */
    private void moveTo(int tx, int ty) throws Exception {
        int steps = 6 + random.nextInt(6);
        int fromX = x;
        int fromY = y;
        for (int i = 1; i <= steps; i++) {
            double f = (double) i / steps;
            double ease = f * f * (3 - 2 * f);
            x = (int) Math.round(fromX + (tx - fromX) * ease) + (i < steps ? random.nextInt(5) - 2 : 0);
            y = (int) Math.round(fromY + (ty - fromY) * ease) + (i < steps ? random.nextInt(5) - 2 : 0);
            ms += 16 + random.nextInt(20);
            db.row(now(), "move", "session_id", SESSION, "x", x, "y", y, "app_name", app, "window_title", title,
                    "machine_id", MACHINE);
        }
    }

    private void click(int button, int count) throws Exception {
        ms += 120 + random.nextInt(200);
        db.row(now(), "click", "session_id", SESSION, "x", x, "y", y, "button", button, "click_count", count,
                "modifiers", 0, "app_name", app, "window_title", title, "element_role", "AXTextField",
                "machine_id", MACHINE);
    }

    private void scroll(int notches) throws Exception {
        ms += 200;
        db.row(now(), "scroll", "session_id", SESSION, "x", x, "y", y, "delta_x", 0, "delta_y", notches,
                "app_name", app, "window_title", title, "machine_id", MACHINE);
    }

    /** screenpipe keeps typed characters in one text row once typing pauses. */
    private void text(String typed) throws Exception {
        ms += 180 * typed.length() + random.nextInt(400);
        db.row(now(), "text", "session_id", SESSION, "text_content", typed, "text_length", typed.length(),
                "app_name", app, "window_title", title, "machine_id", MACHINE);
    }

    private void shortcut(int macKeyCode, int modifiers) throws Exception {
        ms += 250 + random.nextInt(150);
        db.row(now(), "key", "session_id", SESSION, "key_code", macKeyCode, "modifiers", modifiers,
                "app_name", app, "window_title", title, "machine_id", MACHINE);
    }

    private void clipboard(char operation, String content) throws Exception {
        ms += 60;
        db.row(now(), "clipboard", "session_id", SESSION, "modifiers", (int) operation, "text_content", content,
                "text_length", content.length(), "app_name", app, "window_title", title, "machine_id", MACHINE);
    }
}
