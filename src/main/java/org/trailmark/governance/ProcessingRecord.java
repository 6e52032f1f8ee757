package org.trailmark.governance;

import java.util.List;

/**
 * The record of processing a controller keeps under GDPR Art. 30, generated from the workspace and its
 * audit log: a header, one section per purpose, and what holds across purposes (erasures, legal holds).
 *
 * @param erasures  every session erased, whoever it belonged to
 * @param retention the retention rules and the legal holds in force, (every workspace that opens has their tables: schema step 11)
 */
public record ProcessingRecord(RecordHeader header, List<PurposeRecord> purposes, Activity erasures,
                               RetentionInForce retention) {
    public ProcessingRecord {
        purposes = List.copyOf(purposes);
    }
}
