package org.trailmark.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * An export seed: a whole number. Since pseudonyms are keyed by the workspace's secret, a seed links
 * nothing by itself (it is written into the manifest); the refusal still does not echo what was typed,
 * which adds nothing to the accepted range it states.
 */
final class SeedArgument implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
        String text = value.strip();
        if (text.matches("[-+]?\\d{1,19}")) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                // too large: refused below like any other malformed seed
            }
        }
        throw new TypeConversionException("not a whole number between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE
               );
    }
}
