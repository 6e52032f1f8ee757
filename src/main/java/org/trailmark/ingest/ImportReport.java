package org.trailmark.ingest;

import java.util.List;
import org.trailmark.io.Problem;

/**
 * The result of importing some paths: per-session outcomes and every problem met, in input order.
 * {@link #exitCode()} follows the command-line contract: 0 all imported cleanly, 1 something was
 * imported (or already present) but with warnings or errors elsewhere (notes of what was not used do
 * not count), 2 nothing was imported.
 */
public record ImportReport(List<SessionOutcome> sessions, List<Problem> problems) {
    public static final int OK = 0;
    public static final int WITH_WARNINGS = 1;
    public static final int NOTHING_IMPORTED = 2;

    public ImportReport {
        sessions = List.copyOf(sessions);
        problems = List.copyOf(problems);
    }

    public long imported() {
        return sessions.stream().filter(s -> s.status() == SessionOutcome.Status.IMPORTED).count();
    }

    public long alreadyPresent() {
        return sessions.stream().filter(s -> s.status() == SessionOutcome.Status.ALREADY_PRESENT).count();
    }

    public long importedEvents() {
        return sessions.stream().filter(s -> s.status() == SessionOutcome.Status.IMPORTED)
                .mapToLong(SessionOutcome::events).sum();
    }

    public int exitCode() {
        boolean anyUsable = sessions.stream().anyMatch(s -> s.status() != SessionOutcome.Status.FAILED);
        if (!anyUsable) {
            return NOTHING_IMPORTED;
        }
        boolean clean = problems.stream().allMatch(Problem::isNote)
                && sessions.stream().allMatch(s -> s.status() != SessionOutcome.Status.FAILED);
        return clean ? OK : WITH_WARNINGS;
    }

    /** A one-line summary in plain words, e.g. "Imported 3 sessions (41,201 events); 1 already present; 2 warnings." */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        long imported = imported();
        sb.append(String.format("Imported %d session%s (%,d events)", imported, imported == 1 ? "" : "s",
                importedEvents()));
        long present = alreadyPresent();
        if (present > 0) {
            sb.append(String.format("; %d already in the workspace, not imported again", present));
        }
        long errors = problems.stream().filter(Problem::isError).count();
        long notes = problems.stream().filter(Problem::isNote).count();
        long warnings = problems.size() - errors - notes;
        if (errors > 0) {
            sb.append(String.format("; %d error%s", errors, errors == 1 ? "" : "s"));
        }
        if (warnings > 0) {
            sb.append(String.format("; %d warning%s", warnings, warnings == 1 ? "" : "s"));
        }
        if (notes > 0) {
            sb.append(String.format("; %d thing%s in the recordings not used", notes, notes == 1 ? "" : "s"));
        }
        return sb.append('.').toString();
    }
}
