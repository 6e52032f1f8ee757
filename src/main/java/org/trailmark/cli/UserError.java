package org.trailmark.cli;

/** A mistake in what the user asked for, reported as one plain line with exit code 2. */
final class UserError extends RuntimeException {
    UserError(String message) {
        super(message);
    }
}
