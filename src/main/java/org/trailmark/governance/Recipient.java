package org.trailmark.governance;

import java.time.Instant;
import java.util.List;

/**
 * One training-set export: the dataset a recipient received.
 *
 * @param exportId   the export id its manifest carries
 * @param folderName the dataset folder's name when it was written
 * @param at         when it was made
 * @param exportedBy who made it
 * @param sessions   how many sessions it took
 * @param events     the events those sessions hold in the workspace (for an erased one, what its tombstone
 *                   says); the dataset itself may hold fewer, since values in flagged stretches are dropped
 */
public record Recipient(String exportId, String folderName, Instant at, List<String> exportedBy, int sessions,
                        long events) {
    public Recipient {
        exportedBy = List.copyOf(exportedBy);
    }
}
