package org.trailmark.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trailmark.io.ImportLimits;
import org.trailmark.io.ImportOptions;
import picocli.CommandLine.Option;

/** The per-capture caps of {@code import} and {@code validate}, and the options they make. */
final class ImportLimitOptions {
    private static final Pattern SIZE = Pattern.compile("(\\d{1,19})\\s*([KMGT]?)(?:I?B)?");

    @Option(names = "--max-events", paramLabel = "N",
            description = "Refuse a capture with more events than this (default: ${DEFAULT-VALUE}).")
    long maxEvents = ImportLimits.DEFAULT_MAX_EVENTS;

    @Option(names = "--max-inflated-bytes", paramLabel = "SIZE",
            description = "Refuse a capture larger than this once decompressed: bytes, or with K, M, G or T"
                    + " (binary units), e.g. 4G (default: 16G).")
    String maxInflatedBytes;

    /** The import options for these caps and an optional subject override; a bad value is a user error. */
    ImportOptions options(String subject) {
        try {
            return new ImportOptions(subject, new ImportLimits(maxEvents, inflatedBytes()));
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    private long inflatedBytes() {
        if (maxInflatedBytes == null) {
            return ImportLimits.DEFAULT_MAX_INFLATED_BYTES;
        }
        Matcher m = SIZE.matcher(maxInflatedBytes.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new UserError("--max-inflated-bytes takes a size such as 500000000, 512M or 4G");
        }
        int shift = switch (m.group(2)) {
            case "K" -> 10;
            case "M" -> 20;
            case "G" -> 30;
            case "T" -> 40;
            default -> 0;
        };
        long value;
        try {
            value = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            throw new UserError("--max-inflated-bytes is too large");
        }
        if (value > (Long.MAX_VALUE >> shift)) {
            throw new UserError("--max-inflated-bytes is too large");
        }
        return value << shift;
    }
}
