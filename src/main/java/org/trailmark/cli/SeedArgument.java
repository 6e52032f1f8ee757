package org.trailmark.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * An export seed: a whole number that links pseudonyms to subject ids, so a refusal never repeats
 * what was typed (a mistyped seed is nearly the seed).
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
                + " (the value is not repeated here: keep seeds private)");
    }
}
