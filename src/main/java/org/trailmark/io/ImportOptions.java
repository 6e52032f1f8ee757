package org.trailmark.io;

/**
 * Choices the person importing makes.
 *
 * @param subjectOverride pseudonymous subject id to assign, or null to take the capture's own
 * @param limits          how large one capture may be
 * @param keepClipboard   whether clipboard contents a recorder captured are kept as text; by
 *                        default only that a copy happened and its length are imported
 */
public record ImportOptions(String subjectOverride, ImportLimits limits, boolean keepClipboard) {

    public ImportOptions {
        if (subjectOverride != null && !subjectOverride.isBlank()) {
            String problem = Identifiers.problem(subjectOverride);
            if (problem != null) {
                throw new IllegalArgumentException("the subject id " + problem);
            }
        }
        if (limits == null) {
            limits = ImportLimits.defaults();
        }
    }

    public ImportOptions(String subjectOverride, ImportLimits limits) {
        this(subjectOverride, limits, false);
    }

    public ImportOptions(String subjectOverride) {
        this(subjectOverride, ImportLimits.defaults());
    }

    public ImportOptions withKeepClipboard(boolean keep) {
        return new ImportOptions(subjectOverride, limits, keep);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(null);
    }

    /** The limits of possibly absent options. */
    public static ImportLimits limitsOf(ImportOptions options) {
        return options == null ? ImportLimits.defaults() : options.limits();
    }
}
