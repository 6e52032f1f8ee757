package org.trailmark.governance;

/** The record for a terminal: each section's title underlined, its rows as "label: value". */
public final class ProcessingRecordText {
    private ProcessingRecordText() {
    }

    public static String write(ProcessingRecord record) {
        StringBuilder out = new StringBuilder();
        for (RecordSections.Section section : RecordSections.of(record)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(section.title()).append('\n').append("=".repeat(section.title().length())).append('\n');
            for (RecordSections.Group group : section.groups()) {
                String indent = "";
                if (!group.heading().isEmpty()) {
                    out.append(group.heading()).append('\n');
                    indent = "  ";
                }
                if (group.rows().isEmpty()) {
                    out.append(indent).append(group.empty()).append('\n');
                }
                for (RecordSections.Row row : group.rows()) {
                    out.append(indent).append(row.label()).append(": ").append(row.value()).append('\n');
                }
            }
        }
        return out.toString();
    }
}
