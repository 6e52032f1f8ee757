package org.trailmark.io.openadapt;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import javax.imageio.ImageIO;
import org.trailmark.io.openadapt.OpenAdaptTestDatabase.Recording;
import org.trailmark.io.openadapt.OpenAdaptTestDatabase.Schema;

/**
 * Writes the bundled OpenAdapt sample ({@code sample-sessions/openadapt-do-not-disturb/recording.db}):
 * a short, deterministic macOS recording made from the documented openadapt-capture schema, since no
 * public OpenAdapt database can be fetched here. The person opens System Settings from the Dock,
 * searches for "focus", turns Do Not Disturb on and closes the window. Pointer moves at 60 Hz, pynput
 * key names as OpenAdapt stores them, window rows with macOS metadata, and four small screenshots.
 *
 * <p>Run {@code main} with the output folder to write it again; {@code OpenAdaptSampleTest} checks the
 * bundled file is what this class writes.
 */
public final class OpenAdaptSample {
    public static final String FOLDER = "openadapt-do-not-disturb";
    static final double START = 1_764_923_400.0; // 2025-12-05 08:30:00 UTC
    private static final int WIDTH = 1440;
    private static final int HEIGHT = 900;
    private static final int SHOT_WIDTH = 360;
    private static final int SHOT_HEIGHT = 225;

    private final OpenAdaptTestDatabase db;
    private final Recording recording;
    private double now = START + 0.8;
    private double x = 720;
    private double y = 450;

    private OpenAdaptSample(OpenAdaptTestDatabase db) throws SQLException {
        this.db = db;
        this.recording = db.recording(START, "monitor_width", WIDTH, "monitor_height", HEIGHT, "pixel_ratio", 2.0,
                "double_click_interval_seconds", 0.5, "double_click_distance_pixels", 5, "platform", "darwin",
                "task_description", "Turn on Do Not Disturb in System Settings");
    }

    public static void main(String[] args) throws Exception {
        write(Path.of(args.length > 0 ? args[0] : "sample-sessions/" + FOLDER));
    }

    /** Writes {@code recording.db} into the folder (replacing one that is there); returns its path. */
    public static Path write(Path folder) throws SQLException, IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(OpenAdaptImporter.DATABASE_NAME);
        Files.deleteIfExists(file);
        try (OpenAdaptTestDatabase db = OpenAdaptTestDatabase.create(file, Schema.CAPTURE)) {
            db.connection().setAutoCommit(false);
            new OpenAdaptSample(db).record();
            db.connection().commit();
            db.connection().setAutoCommit(true);
            db.execute("VACUUM");
        }
        return file;
    }

    private void record() throws SQLException, IOException {
        window(START + 0.2, "Finder", "Finder Recents");
        shot(START + 0.3, "Finder", false);
        moveTo(900, 880, 0.9);
        click(900, 880);
        window(now + 0.4, "System Settings", "System Settings");
        now += 1.2;
        shot(now, "System Settings", false);
        moveTo(150, 88, 0.8);
        click(150, 88);
        type("focus");
        now += 0.8;
        shot(now, "System Settings: Focus", false);
        moveTo(520, 210, 0.7);
        click(520, 210);
        now += 0.6;
        moveTo(1180, 210, 0.6);
        click(1180, 210);
        now += 0.5;
        shot(now, "System Settings: Do Not Disturb", true);
        press("cmd", null, "55");
        press(null, "w", "13");
        release(null, "w", "13");
        release("cmd", null, "55");
        window(now + 0.3, "Finder", "Finder Recents");
        now += 0.6;
        moveTo(700, 500, 0.5);
    }

    private void moveTo(double toX, double toY, double seconds) throws SQLException {
        int steps = (int) Math.round(seconds * 60);
        double fromX = x;
        double fromY = y;
        for (int i = 1; i <= steps; i++) {
            double f = (double) i / steps;
            double eased = f * f * (3 - 2 * f);
            x = fromX + (toX - fromX) * eased;
            y = fromY + (toY - fromY) * eased + Math.sin(f * Math.PI) * 12;
            now += 1.0 / 60;
            db.action(recording, "move", round(now), "mouse_x", Math.round(x * 10) / 10.0, "mouse_y",
                    Math.round(y * 10) / 10.0);
        }
    }

    private void click(double atX, double atY) throws SQLException {
        now += 0.12;
        db.action(recording, "click", round(now), "mouse_x", atX, "mouse_y", atY, "mouse_button_name", "left",
                "mouse_pressed", true);
        now += 0.09;
        db.action(recording, "click", round(now), "mouse_x", atX, "mouse_y", atY, "mouse_button_name", "left",
                "mouse_pressed", false);
    }

    private void type(String text) throws SQLException {
        String[] vk = {"3", "31", "8", "32", "1"}; // f o c u s on a Mac keyboard
        for (int i = 0; i < text.length(); i++) {
            String c = String.valueOf(text.charAt(i));
            now += 0.14 + (i % 3) * 0.03;
            press(null, c, vk[i % vk.length]);
            now += 0.07;
            release(null, c, vk[i % vk.length]);
        }
    }

    private void press(String name, String character, String virtualKey) throws SQLException {
        key("press", name, character, virtualKey);
    }

    private void release(String name, String character, String virtualKey) throws SQLException {
        key("release", name, character, virtualKey);
    }

    private void key(String action, String name, String character, String virtualKey) throws SQLException {
        now += 0.05;
        db.action(recording, action, round(now), "key_name", name, "key_char", character, "key_vk", virtualKey,
                "canonical_key_name", name, "canonical_key_char", character, "canonical_key_vk", virtualKey);
    }

    private void window(double at, String app, String title) throws SQLException {
        db.window(recording, round(at), title, "left", 0, "top", 25, "width", WIDTH, "height", HEIGHT - 25,
                "window_id", String.valueOf(100 + title.length()),
                "state", "{\"meta\": {\"kCGWindowOwnerName\": \"" + app + "\", \"kCGWindowLayer\": 0}, \"data\": {}}");
    }

    private void shot(double at, String heading, boolean switchOn) throws SQLException, IOException {
        db.screenshot(recording, round(at), picture(heading, switchOn));
    }

    /** A small flat picture of the screen: menu bar, a window with a heading, and a switch. */
    private static byte[] picture(String heading, boolean switchOn) throws IOException {
        BufferedImage image = new BufferedImage(SHOT_WIDTH, SHOT_HEIGHT, BufferedImage.TYPE_BYTE_INDEXED);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        g.setColor(new Color(0x3A6EA5));
        g.fillRect(0, 0, SHOT_WIDTH, SHOT_HEIGHT);
        g.setColor(new Color(0xEEEEEE));
        g.fillRect(0, 0, SHOT_WIDTH, 7);
        g.setColor(Color.WHITE);
        g.fillRect(20, 20, 320, 180);
        g.setColor(new Color(0xDDDDDD));
        g.fillRect(20, 20, 80, 180);
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        g.drawString(heading, 110, 40);
        g.setColor(switchOn ? new Color(0x34C759) : new Color(0xBBBBBB));
        g.fillRoundRect(290, 48, 30, 14, 14, 14);
        g.setColor(Color.WHITE);
        g.fillOval(switchOn ? 306 : 291, 49, 12, 12);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** Times as the recorder's clock gives them, to the microsecond. */
    private static double round(double t) {
        return Math.round(t * 1e6) / 1e6;
    }
}
