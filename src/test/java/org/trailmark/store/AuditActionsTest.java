package org.trailmark.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.trailmark.subject.SubjectService;

/**
 * The list of audit actions is complete: every place that writes the audit log names an action on
 * the list, so `audit --action` never refuses an action the log holds.
 */
class AuditActionsTest {
    /** audit().append(actor, ACTION, ...), db.audit(at, actor, ACTION, ...) and AuditRows.insert(c, at, actor, ACTION, ...). */
    private static final Pattern CALL = Pattern.compile(
            "(?:audit\\(\\)\\.append\\(\\s*[^,()]+|db\\.audit\\(\\s*[^,()]+,\\s*[^,()]+"
                    + "|AuditRows\\.insert\\(\\s*[^,()]+,\\s*[^,()]+,\\s*[^,()]+),\\s*([^,()]+),");
    /** The methods' own parameters, and named actions spelt elsewhere (each checked against the list below). */
    private static final List<String> NAMED = List.of("String action", "action", "AUDIT_ARCHIVE", "SEED_ACTION",
            "DatasetExports.AUDIT_ACTION", "ErasureResult.AUDIT_ACTION", "ErasureResult.SUBJECT_AUDIT_ACTION");

    @Test
    void everyActionWrittenToTheLogIsOnTheList() throws IOException {
        List<String> actions = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = CALL.matcher(Files.readString(file));
                while (m.find()) {
                    actions.add(m.group(1).strip());
                }
            }
        }

        assertThat(actions).as("audit calls found").hasSizeGreaterThan(10);
        for (String action : actions) {
            if (action.startsWith("\"")) {
                assertThat(AuditActions.ALL).as(action).contains(action.substring(1, action.length() - 1));
            } else {
                assertThat(action).as("an action named outside AuditActions").matches(
                        a -> a.startsWith("AuditActions.") || NAMED.contains(a), "is a known name");
            }
        }
        assertThat(AuditActions.ALL).contains(SubjectService.AUDIT_ARCHIVE, SubjectService.AUDIT_ERASE,
                DatasetExports.AUDIT_ACTION, ErasureResult.AUDIT_ACTION, ErasureResult.SUBJECT_AUDIT_ACTION,
                AuditActions.SEED);
    }
}
