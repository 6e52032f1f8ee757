package org.trailmark.export;

/**
 * Watches a running export: receives progress and may ask it to stop. An export that is cancelled
 * removes its staging folder and throws {@link ExportCancelledException}; nothing is left in the target.
 */
public interface ExportMonitor {
    ExportMonitor NONE = new ExportMonitor() {
        @Override
        public void progress(String step, double fraction) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /**
     * @param step     what the export is doing, in words for a status line (no captured content)
     * @param fraction 0–1 of the whole export, never decreasing
     */
    void progress(String step, double fraction);

    boolean isCancelled();
}
