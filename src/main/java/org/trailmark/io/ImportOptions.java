package org.trailmark.io;

/**
 * Choices the person importing makes.
 *
 * @param subjectOverride pseudonymous subject id to assign, or null to take the capture's own
 */
public record ImportOptions(String subjectOverride) {
    public static ImportOptions defaults() {
        return new ImportOptions(null);
    }
}
