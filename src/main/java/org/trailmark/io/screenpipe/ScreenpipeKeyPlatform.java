package org.trailmark.io.screenpipe;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import org.trailmark.io.keys.KeyPlatform;

/**
 * Which key code set {@code key_code} holds. screenpipe stores the platform's own code: macOS
 * {@code CGKeyCode} ({@code kVK_*}), Windows virtual keys ({@code VK_*}), Linux evdev codes; the
 * database does not say which. Its Windows recorder names applications by their program file
 * ({@code chrome.exe}), so a capture with such names is read with Windows codes; any other is read as
 * macOS, screenpipe's main platform. A Linux capture cannot be told apart and its keys would be
 * misnamed: the import report says which set was used.
 */
final class ScreenpipeKeyPlatform {
    private ScreenpipeKeyPlatform() {
    }

    static KeyPlatform of(Connection db, Set<String> columns) throws SQLException {
        if (!columns.contains("app_name")) {
            return KeyPlatform.MAC;
        }
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery(
                     "SELECT 1 FROM ui_events WHERE lower(app_name) LIKE '%.exe' LIMIT 1")) {
            return rs.next() ? KeyPlatform.WINDOWS : KeyPlatform.MAC;
        }
    }

    static String describe(KeyPlatform platform) {
        return platform == KeyPlatform.WINDOWS
                ? "Windows virtual key codes (the capture names Windows programs)"
                : "macOS key codes (the capture names no Windows program; a Linux capture's keys would be misnamed)";
    }
}
