package org.trailmark.subject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.trailmark.store.ConsentReceipt;
import org.trailmark.store.OwnerOnlyFiles;
import org.trailmark.store.Workspace;

/**
 * One recorded person's consent receipts (one per grant and withdrawal): listed, shown as lines and saved
 * exactly as stored, so that a saved copy still matches its checksum. Only this person's receipts are reachable.
 */
public final class SubjectReceipts {
    private final Workspace workspace;
    private final String subject;

    SubjectReceipts(Workspace workspace, String subject) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.subject = Objects.requireNonNull(subject, "subject");
    }

    /** Oldest first. */
    public List<ConsentReceipt> all() {
        return workspace.consent().receipts(subject);
    }

    /** As lines to show, oldest first. */
    public List<ReceiptLine> lines() {
        return all().stream().map(ReceiptLine::of).toList();
    }

    /**
     * Writes one receipt, exactly as stored (its checksum verifies), owner-only and atomically.
     *
     * @throws IllegalArgumentException when the receipt is not one of this person's
     */
    public void write(String receiptId, Path file) {
        Objects.requireNonNull(receiptId, "receiptId");
        ConsentReceipt receipt = all().stream().filter(r -> r.receiptId().equals(receiptId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("there is no consent receipt " + receiptId
                        + " of yours"));
        byte[] bytes = (receipt.document() + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            OwnerOnlyFiles.replaceWhole(file, out -> {
                out.write(bytes);
                return null;
            });
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the receipt " + file.toAbsolutePath(), e);
        }
    }
}
