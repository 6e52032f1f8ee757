package org.trailmark.governance;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Who keeps the record and of what: the controller (from the workspace settings {@value #CONTROLLER_NAME}
 * and {@value #CONTROLLER_CONTACT}, absent until someone sets them), when it was generated, the workspace
 * (its file name, or its server and database, never a password) and the Trailmark version.
 */
public record RecordHeader(Optional<String> controllerName, Optional<String> controllerContact, Instant generatedAt,
                           String workspace, String trailmarkVersion) {
    /** The workspace setting naming the controller; consent receipts read the same key. */
    public static final String CONTROLLER_NAME = "controller.name";
    /** The workspace setting with the controller's contact (an address, an e-mail). */
    public static final String CONTROLLER_CONTACT = "controller.contact";
    /** How an unset controller reads. */
    public static final String NOT_SET = "not set";

    public RecordHeader {
        Objects.requireNonNull(controllerName, "controllerName");
        Objects.requireNonNull(controllerContact, "controllerContact");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(trailmarkVersion, "trailmarkVersion");
    }
}
