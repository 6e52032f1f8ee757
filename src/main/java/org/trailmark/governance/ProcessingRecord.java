package org.trailmark.governance;

import java.util.List;
import org.trailmark.store.RetentionTables;

/**
 * The record of processing a controller keeps under GDPR Art. 30, generated from the workspace and its
 * audit log: a header, one section per purpose, and what holds across purposes (erasures, legal holds).
 *
 * @param erasures  every session erased, whoever it belonged to
 * @param retention the retention rules and the legal holds in force, as recorded
 */
public record ProcessingRecord(RecordHeader header, List<PurposeRecord> purposes, Activity erasures,
                               RetentionTables.Retention retention) {
    public ProcessingRecord {
        purposes = List.copyOf(purposes);
    }
}
