package org.trailmark.review.agreement;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Every labeler's independent version of one session, ordered by labeler name so that pairs and
 * figures come out in the same order whatever order the store returns them in.
 */
public record SessionVersions(String sessionId, int lengthMs, List<LabelerVersion> versions) {
    public SessionVersions {
        Objects.requireNonNull(sessionId, "sessionId");
        if (lengthMs < 0) {
            throw new AgreementRefused("session " + sessionId + " has a negative length");
        }
        if (versions.size() < 2) {
            throw new AgreementRefused("agreement needs at least two labelers' versions; session " + sessionId
                    + " has " + versions.size());
        }
        Set<String> names = new HashSet<>();
        for (LabelerVersion v : versions) {
            if (!names.add(v.labeler())) {
                throw new AgreementRefused("session " + sessionId + " has two versions by " + v.labeler());
            }
        }
        versions = versions.stream().sorted(Comparator.comparing(LabelerVersion::labeler)).toList();
    }

    public List<String> labelers() {
        return versions.stream().map(LabelerVersion::labeler).toList();
    }
}
