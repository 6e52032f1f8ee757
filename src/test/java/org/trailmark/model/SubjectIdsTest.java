package org.trailmark.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubjectIdsTest {
    @Test
    void anUnassignedIdIsStablePerRecordingAndDiffersBetweenRecordings() {
        String a = SubjectIds.unassignedFor("dt-0123456789abcdef");

        assertThat(a).startsWith(SubjectIds.UNASSIGNED_PREFIX).hasSize(SubjectIds.UNASSIGNED_PREFIX.length() + 12);
        assertThat(SubjectIds.unassignedFor("dt-0123456789abcdef")).isEqualTo(a);
        assertThat(SubjectIds.unassignedFor("dt-0123456789abcdee")).isNotEqualTo(a);
        assertThat(SubjectIds.isUnassigned(a)).isTrue();
        assertThat(SubjectIds.problemAsPerson(a)).isPresent();
    }

    @Test
    void peoplesIdsAreNotUnassigned() {
        for (String person : new String[] {"subj-ana", "host-1a2b3c4d", "unknown", "Unassigned", null}) {
            assertThat(SubjectIds.isUnassigned(person)).as(person).isFalse();
        }
    }

    @Test
    void aPersonsIdIsShortPlainAsciiAndNotAPlaceholder() {
        for (String good : new String[] {"subj-ana", "host-1a2b3c4d", "ana.lopez_2", "7"}) {
            assertThat(SubjectIds.problemAsPerson(good)).as(good).isEmpty();
        }
        String[] bad = {"", "  ", "ana lopez", "ana\u0000", "ana\nbob", "ana\u001b[31m", "-ana", ".ana", "ana@example.org",
            "anä", "a".repeat(SubjectIds.MAX_LENGTH + 1), "unknown", "unassigned-0123456789ab", null};
        for (String id : bad) {
            assertThat(SubjectIds.problemAsPerson(id)).as(String.valueOf(id)).isPresent();
        }
        assertThat(SubjectIds.problemAsPerson("a".repeat(SubjectIds.MAX_LENGTH))).isEmpty();
    }

    @Test
    void refusalsNeverRepeatWhatWasTyped() {
        assertThat(SubjectIds.problemAsPerson("hunter2 secret").orElseThrow()).doesNotContain("hunter2");
        assertThat(SubjectIds.problemAsPerson("hunter2\u0007").orElseThrow()).doesNotContain("hunter2");
    }

    @Test
    void aHostPseudonymIsHostAndEightLowerHexDigitsAsImportMakesIt() {
        assertThat(SubjectIds.isHostPseudonym("host-5c54abf9")).isTrue();
        assertThat(SubjectIds.isHostPseudonym("host-5C54ABF9")).isFalse();
        assertThat(SubjectIds.isHostPseudonym("host-5c54abf")).isFalse();
        assertThat(SubjectIds.isHostPseudonym("host-5c54abf9a")).isFalse();
        assertThat(SubjectIds.isHostPseudonym("host-5c54abg9")).isFalse();
        assertThat(SubjectIds.isHostPseudonym("subj-ana")).isFalse();
        assertThat(SubjectIds.isHostPseudonym(null)).isFalse();
    }
}
