package org.trailmark.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.trailmark.model.ConsentStatus;
import org.trailmark.model.Label;
import org.trailmark.model.ReviewStatus;
import org.trailmark.model.SessionReview;
import org.trailmark.model.Task;

final class JdbcReview implements ReviewRepository {
    private final Database db;
    private final SessionRepository sessions;
    private final WorkspaceUser user;

    JdbcReview(Database db, SessionRepository sessions, WorkspaceUser user) {
        this.db = db;
        this.sessions = sessions;
        this.user = user;
    }

    @Override
    public List<Task> tasks(String sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        return db.read("read tasks", () -> TaskRows.TABLE.ofVersion(db.connection(), sessionId, Versions.GOLD));
    }

    @Override
    public Optional<Task> task(long id) {
        return db.read("read tasks", () -> TaskRows.TABLE.byId(db.connection(), id, Versions.GOLD));
    }

    @Override
    public List<Task> tasks(String sessionId, String labeler) {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(labeler, "labeler");
        return db.read("read tasks", () -> {
            VersionRules.requireReadable(db.connection(), sessionId, labeler, user.name());
            return TaskRows.TABLE.ofVersion(db.connection(), sessionId, labeler);
        });
    }

    @Override
    public Optional<Task> task(long id, String labeler) {
        Objects.requireNonNull(labeler, "labeler");
        return db.read("read tasks", () -> {
            Optional<Task> found = TaskRows.TABLE.byId(db.connection(), id, labeler);
            if (found.isPresent()) {
                VersionRules.requireReadable(db.connection(), found.get().sessionId(), labeler, user.name());
            }
            return found;
        });
    }

    @Override
    public List<Task> replaceTasks(String sessionId, String labeler, List<Task> expected, List<Task> replacement,
                                   String what, String actor) {
        Objects.requireNonNull(labeler, "labeler");
        return RowEdits.replace(db, TaskRows.TABLE.version(labeler), sessionId, expected, replacement, what, actor,
                () -> VersionRules.requireWritable(db.connection(), sessionId, labeler, user.name()));
    }

    @Override
    public List<Task> replaceTasks(String sessionId, List<Task> expected, List<Task> replacement, String what,
                                   String actor) {
        return RowEdits.replace(db, TaskRows.GOLD, sessionId, expected, replacement, what, actor);
    }

    @Override
    public List<Label> labels() {
        return db.read("read the label set", () -> LabelRows.all(db.connection()));
    }

    @Override
    public void replaceLabels(List<Label> expected, List<Label> replacement, String actor) {
        Objects.requireNonNull(actor, "actor");
        LabelRows.requireUnambiguous(replacement);
        List<Label> wanted = List.copyOf(replacement);
        Instant now = Database.now();
        db.write("save the label set", () -> {
            if (!LabelRows.all(db.connection()).equals(expected)) {
                throw new StaleEditException("the label set was changed elsewhere; reload and try again");
            }
            LabelRows.replaceAll(db.connection(), wanted);
            db.audit(now, actor, "edit", null, "label set: " + expected.size() + " -> " + wanted.size() + " labels");
            return null;
        });
    }

    @Override
    public SessionReview status(String sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        return db.read("read review status", () -> SessionReviewRows.read(db.connection(), sessionId)
                .orElseThrow(() -> db.noSession(sessionId)));
    }

    @Override
    public SessionReview replaceStatus(SessionReview expected, SessionReview replacement, String actor) {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(replacement, "replacement");
        Objects.requireNonNull(actor, "actor");
        if (!expected.sessionId().equals(replacement.sessionId())) {
            throw new IllegalArgumentException("a review edit must stay within one session");
        }
        Instant now = Database.now();
        SessionReview stored = replacement.changedAt() != null ? replacement : new SessionReview(
                replacement.sessionId(), replacement.status(), replacement.reviewer(), replacement.reason(), now);
        return db.write("set review status", () -> {
            SessionReview current = SessionReviewRows.read(db.connection(), expected.sessionId())
                    .orElseThrow(() -> db.noSession(expected.sessionId()));
            if (!current.equals(expected)) {
                throw new StaleEditException("the review status of session " + expected.sessionId()
                        + " was changed elsewhere; reload and try again");
            }
            SessionReviewRows.write(db.connection(), stored);
            db.audit(now, actor, "status", stored.sessionId(), current.status().wireName() + " -> "
                    + stored.status().wireName() + (stored.reason() == null ? "" : ", reason given"));
            return stored;
        });
    }

    @Override
    public Optional<SessionSummary> nextSession() {
        return sessions.withStatus(Set.of(ReviewStatus.NEW, ReviewStatus.IN_REVIEW)).stream()
                .filter(s -> s.trainingConsent() != ConsentStatus.WITHDRAWN)
                .findFirst();
    }
}
