package org.trailmark.store;

/** Stored bytes do not decode; the workspace turns this into a plain "session ... is damaged" message. */
final class DamagedDataException extends RuntimeException {
    DamagedDataException(String message) {
        super(message);
    }

    DamagedDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
