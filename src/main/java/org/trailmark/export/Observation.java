package org.trailmark.export;

/**
 * The screen a trajectory step saw just before its action: an image file of the dataset, or none and why.
 *
 * @param file     the image's path inside the dataset, or null
 * @param withheld why there is no image (e.g. {@link #FLAGGED_SPAN}), or null when there is one
 */
record Observation(String file, String withheld) {
    /** The time falls in a flagged or private stretch: the whole picture is hidden. */
    static final String FLAGGED_SPAN = "flagged span";
    /** The time falls in a stretch where a detector found a sensitive value being typed. */
    static final String DETECTED_VALUE = "detected value";
    /** The session carries no screen recording. */
    static final String NO_MEDIA = "no screen media";
    /** The session has screen media, but none shows this moment (before it began, paused, after it ended). */
    static final String NO_PICTURE = "no picture at that time";
    /** The workspace no longer holds the media file. */
    static final String FILE_MISSING = "screen media file missing";

    static Observation of(String file) {
        return new Observation(file, null);
    }

    static Observation withheld(String reason) {
        return new Observation(null, reason);
    }
}
