package org.trailmark.review.agreement;

/** Agreement cannot be computed for what was asked (one labeler only, no sessions, a bad slice length). */
public final class AgreementRefused extends IllegalArgumentException {
    public AgreementRefused(String message) {
        super(message);
    }
}
