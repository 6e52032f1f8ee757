package org.trailmark.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

/**
 * The role of whoever uses the workspace, for governance edits that are an admin's (or a curator's) to
 * make. On a SQLite file the one desktop user is its admin; on PostgreSQL the server knows the role
 * ({@code workspace_members}), and its grants enforce the same rule: asking first only gives the refusal words.
 */
final class MemberRole {
    static final String ADMIN = "admin";

    private MemberRole() {
    }

    /** Call with the lock held. */
    static String of(Database db) throws SQLException {
        if (db.dialect() == SqlDialect.SQLITE) {
            return ADMIN;
        }
        try (Statement s = db.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT trailmark_role_of(current_user)")) {
            String role = rs.next() ? rs.getString(1) : null;
            return role == null ? "none" : role;
        }
    }

    /** Refuses, in words, anyone whose role is not among {@code allowed}. */
    static void require(Database db, Set<String> allowed, String doing) throws SQLException {
        String role = of(db);
        if (!allowed.contains(role)) {
            String who = String.join(" or ", allowed.stream().sorted().map(MemberRole::withArticle).toList());
            throw new WorkspaceException("only " + who + " may " + doing + " in workspace " + db.where()
                    + "; you are " + (role.equals("none") ? "not a member" : withArticle(role)));
        }
    }

    private static String withArticle(String role) {
        return ("aeiou".indexOf(role.charAt(0)) >= 0 ? "an " : "a ") + role;
    }
}
