package org.trailmark.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A time within a session, as people type it: milliseconds ({@code 12500} or {@code 12500ms}),
 * seconds ({@code 12.5s}) or a clock ({@code hh:mm:ss.mmm}, also {@code mm:ss} and without the
 * milliseconds).
 */
final class TimeArgument implements ITypeConverter<Integer> {
    private static final Pattern MILLIS = Pattern.compile("(\\d+)(?:ms)?");
    private static final Pattern SECONDS = Pattern.compile("(\\d+)(?:\\.(\\d{1,3}))?s");
    private static final Pattern CLOCK = Pattern.compile("(?:(\\d+):)?(\\d{1,2}):(\\d{1,2})(?:\\.(\\d{1,3}))?");

    @Override
    public Integer convert(String value) {
        return parse(value);
    }

    static int parse(String value) {
        String text = value == null ? "" : value.strip();
        long ms;
        Matcher m;
        if ((m = MILLIS.matcher(text)).matches()) {
            ms = number(m.group(1), value);
        } else if ((m = SECONDS.matcher(text)).matches()) {
            ms = number(m.group(1), value) * 1_000 + fraction(m.group(2));
        } else if ((m = CLOCK.matcher(text)).matches()) {
            long hours = m.group(1) == null ? 0 : number(m.group(1), value);
            long minutes = number(m.group(2), value);
            long seconds = number(m.group(3), value);
            if (seconds > 59 || (m.group(1) != null && minutes > 59)) {
                throw new TypeConversionException("'" + value + "' is not a clock time: minutes and seconds go up to 59");
            }
            ms = ((hours * 60 + minutes) * 60 + seconds) * 1_000 + fraction(m.group(4));
        } else if (text.startsWith("-")) {
            throw new TypeConversionException("'" + value + "' is before the session starts: times count from 0,"
                    + " as milliseconds (12500), seconds (12.5s) or hh:mm:ss.mmm (00:00:12.500)");
        } else {
            throw new TypeConversionException("'" + value + "' is not a time: use milliseconds (12500),"
                    + " seconds (12.5s) or hh:mm:ss.mmm (00:00:12.500)");
        }
        if (ms > Integer.MAX_VALUE) {
            throw new TypeConversionException("'" + value + "' is too far into a session (the limit is about 24 days)");
        }
        return (int) ms;
    }

    private static long number(String digits, String value) {
        if (digits.length() > 12) {
            throw new TypeConversionException("'" + value + "' is too far into a session (the limit is about 24 days)");
        }
        return Long.parseLong(digits);
    }

    /** ".5" is 500 ms, ".05" is 50 ms. */
    private static long fraction(String digits) {
        if (digits == null) {
            return 0;
        }
        String padded = (digits + "00").substring(0, 3);
        return Long.parseLong(padded);
    }
}
