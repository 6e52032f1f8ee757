package org.trailmark.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What a capture says about itself: identity, who was recorded (a pseudonymous subject id),
 * when, on which screens and with which tool. Immutable.
 *
 * @param sourceFormat         the importer that read it: {@code native}, {@code ducktrack}, {@code agentnet}
 * @param suggestedInstruction a task instruction the capture carried (AgentNet task name), or null
 * @param consent              the consent reference of the header, or null when the capture has none
 */
public record SessionInfo(String id, String subject, String sourceFormat, OffsetDateTime start,
                          List<Screen> screens, String captureTool, String captureToolVersion,
                          ConsentReference consent, String suggestedInstruction) {
    public SessionInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(sourceFormat, "sourceFormat");
        Objects.requireNonNull(start, "start");
        screens = List.copyOf(screens);
        if (id.isBlank()) {
            throw new IllegalArgumentException("session id must not be blank");
        }
        if (subject.isBlank()) {
            throw new IllegalArgumentException("subject must not be blank");
        }
    }

    public SessionInfo withSubject(String newSubject) {
        return new SessionInfo(id, newSubject, sourceFormat, start, screens, captureTool,
                captureToolVersion, consent, suggestedInstruction);
    }

    public SessionInfo withId(String newId) {
        return new SessionInfo(newId, subject, sourceFormat, start, screens, captureTool,
                captureToolVersion, consent, suggestedInstruction);
    }
}
