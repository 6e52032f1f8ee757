package org.trailmark.export;

/** Thrown by an export whose monitor asked it to stop; its staging folder has already been removed. */
public final class ExportCancelledException extends RuntimeException {
    public ExportCancelledException() {
        super("the export was cancelled; nothing was written to the output folder");
    }
}
