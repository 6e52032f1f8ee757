package org.trailmark.ui;

import java.util.Optional;

/**
 * Who the studio is working for: a labeler, who reviews every session of the workspace, or one
 * recorded person (a data subject), who sees only their own. The subject id is not a login: the
 * deployment trusts whoever can open the workspace file with their computer account.
 *
 * @param subject the subject's pseudonymous id, or null for a labeler
 */
public record StudioRole(String subject) {
    public static final StudioRole LABELER = new StudioRole(null);

    public StudioRole {
        subject = subject == null || subject.isBlank() ? null : subject.strip();
    }

    public static StudioRole subject(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a subject id must not be empty");
        }
        return new StudioRole(id);
    }

    public boolean isSubject() {
        return subject != null;
    }

    /** The role {@code --subject ID} asks for, if it was given. */
    static Optional<StudioRole> fromOption(String subjectOption) {
        return subjectOption == null || subjectOption.isBlank() ? Optional.empty()
                : Optional.of(subject(subjectOption));
    }
}
