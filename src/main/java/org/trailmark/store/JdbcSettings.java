package org.trailmark.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

final class JdbcSettings implements SettingsRepository {
    private final Database db;
    private final Housekeeping housekeeping;

    JdbcSettings(Database db, Housekeeping housekeeping) {
        this.db = db;
        this.housekeeping = housekeeping;
    }

    @Override
    public Optional<String> get(String key) {
        Objects.requireNonNull(key, "key");
        return db.read("read settings", () -> SessionReviewRows.setting(db.connection(), key));
    }

    @Override
    public void put(String key, String value, String actor) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(actor, "actor");
        Instant now = Database.now();
        db.write("save settings", () -> {
            SessionReviewRows.putSetting(db.connection(), key, value);
            db.audit(now, actor, "settings", null, "setting " + key + (value == null ? " removed" : " set"));
            return null;
        });
    }

    @Override
    public byte[] pseudonymKey(String context) {
        Objects.requireNonNull(context, "context");
        return db.locked("read the pseudonym secret", () -> {
            if (!db.isReadOnly() && !PseudonymSecret.exists(db.connection())) {
                PseudonymSecret.createIfMissing(db.connection());
            }
            return PseudonymSecret.derive(db.connection(), context).orElseThrow(() -> new WorkspaceException(
                    "workspace " + db.where() + " has no pseudonym secret yet; open it once for writing"));
        });
    }

    @Override
    public void rotatePseudonymSecret(String actor) {
        Objects.requireNonNull(actor, "actor");
        if (db.isReadOnly()) {
            throw new WorkspaceException("cannot rotate the pseudonym key of workspace " + db.where()
                    + ": it is read-only");
        }
        Instant now = Database.now();
        db.locked("rotate the pseudonym key", () -> {
            boolean wasSecure = housekeeping.secureDelete(db.connection(), true);
            try {
                db.inTransaction(() -> {
                    PseudonymSecret.replace(db.connection());
                    db.audit(now, actor, AuditActions.PSEUDONYM_KEY_ROTATED, null,
                            "new pseudonym key: exports made from now on get new pseudonyms");
                    return null;
                });
            } finally {
                housekeeping.secureDelete(db.connection(), wasSecure);
            }
            housekeeping.checkpoint(db.connection());
            return null;
        });
    }
}
