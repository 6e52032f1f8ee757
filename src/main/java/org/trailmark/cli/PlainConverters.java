package org.trailmark.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters for the value types our options use, whose refusals say in plain words which forms
 * are accepted; the library's own name Java types ("is not an int", "cannot convert to class").
 */
final class PlainConverters {
    private PlainConverters() {
    }

    static void registerOn(CommandLine commandLine) {
        commandLine.registerConverter(Integer.class, PlainConverters::wholeNumber);
        commandLine.registerConverter(Integer.TYPE, PlainConverters::wholeNumber);
        commandLine.registerConverter(Long.class, PlainConverters::longNumber);
        commandLine.registerConverter(Long.TYPE, PlainConverters::longNumber);
        commandLine.registerConverter(LocalDate.class, PlainConverters::date);
        commandLine.registerConverter(Path.class, PlainConverters::path);
    }

    /** An empty path would quietly mean the current folder, or for --workspace the default workspace. */
    static Path path(String value) {
        if (value.isBlank()) {
            throw new TypeConversionException("the path is empty: name a file or folder");
        }
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new TypeConversionException("'" + value + "' is not a usable path");
        }
    }

    static Integer wholeNumber(String value) {
        long n = longNumber(value);
        if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
            throw new TypeConversionException("'" + value + "' is too large (the limit is " + Integer.MAX_VALUE + ")");
        }
        return (int) n;
    }

    static Long longNumber(String value) {
        String text = value.strip();
        if (!text.matches("[-+]?\\d+")) {
            throw new TypeConversionException("'" + value + "' is not a whole number (e.g. 42)");
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is too large (the limit is " + Long.MAX_VALUE + ")");
        }
    }

    static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a date: use YYYY-MM-DD, a day that exists"
                    + " (e.g. 2026-03-02)");
        }
    }
}
