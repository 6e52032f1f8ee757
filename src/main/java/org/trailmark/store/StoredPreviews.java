package org.trailmark.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Brings the masked previews that schema version 3 stored as detector flags' reasons within today's
 * rule: at most the last four characters of a value, an e-mail as {@code a•••@•••.org}. The values
 * themselves are not stored, so this works on the old previews' own shapes (a visible head and tail
 * of equal length around dots) and only ever hides more. Frozen with its migration step: later
 * changes to the preview rule must not change what an old step does.
 */
final class StoredPreviews {
    static final char DOT = '\u2022';
    private static final String DOTS = "\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022";

    private StoredPreviews() {
    }

    /** Rewrites every detector flag's preview that showed too much; one content-free audit entry says how many. */
    static void remaskVersion3Previews(Connection c) throws SQLException {
        Map<Long, String> changed = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, detector, reason FROM flags"
                + " WHERE source = 'detector' AND detector IS NOT NULL AND reason IS NOT NULL");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String before = rs.getString(3);
                String after = remask(rs.getString(2), before);
                if (!after.equals(before)) {
                    changed.put(rs.getLong(1), after);
                }
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE flags SET reason = ? WHERE id = ?")) {
            for (Map.Entry<Long, String> e : changed.entrySet()) {
                ps.setString(1, e.getValue());
                ps.setLong(2, e.getKey());
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO audit (at, actor, action, session_id, detail) VALUES (?, 'trailmark', 'migration', NULL, ?)")) {
            ps.setString(1, Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
            ps.setString(2, "re-masked " + changed.size() + " stored finding preview(s) to at most the last four"
                    + " characters");
            ps.executeUpdate();
        }
    }

    /**
     * The preview as today's rule allows it. A reason without a dot was never a preview (a reviewer
     * wrote it), and kinds whose old preview already kept within the rule stay as they are.
     */
    static String remask(String detector, String preview) {
        if (preview.indexOf(DOT) < 0) {
            return preview;
        }
        return switch (detector) {
            // Old shape: as many letters and digits shown at the start as at the end.
            case "payment_card", "aws_access_key", "iban" -> keepLastHalfOfVisible(preview);
            // Old shape: head + eight dots + tail.
            case "aws_secret_key", "generic_secret", "high_entropy" ->
                    DOTS + preview.substring(preview.lastIndexOf(DOT) + 1);
            case "email" -> email(preview);
            // Only a fixed start was shown, nothing of the end survives.
            case "github_token", "slack_token", "jwt", "private_key" -> DOTS;
            default -> preview;
        };
    }

    private static String keepLastHalfOfVisible(String preview) {
        int visible = 0;
        for (int i = 0; i < preview.length(); i++) {
            visible += Character.isLetterOrDigit(preview.charAt(i)) ? 1 : 0;
        }
        int hide = visible - visible / 2;
        StringBuilder sb = new StringBuilder(preview.length());
        for (int i = 0; i < preview.length(); i++) {
            char ch = preview.charAt(i);
            if (Character.isLetterOrDigit(ch) && hide > 0) {
                sb.append(DOT);
                hide--;
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    /** Old shape {@code a•••@example.com}: the first character stays, of the domain only its last label. */
    private static String email(String preview) {
        int at = preview.lastIndexOf('@');
        if (at <= 0) {
            return DOTS;
        }
        String domain = preview.substring(at + 1);
        int dot = domain.lastIndexOf('.');
        String ending = dot >= 0 && dot < domain.length() - 1 ? domain.substring(dot) : "";
        return preview.charAt(0) + "\u2022\u2022\u2022@\u2022\u2022\u2022" + ending;
    }
}
