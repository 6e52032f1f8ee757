package org.trailmark.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trailmark.model.ScreenRegion;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A rectangle on the captured screen as people type it: {@code X,Y,W,H} in screen pixels (the
 * pointer's coordinates; X and Y may be negative on a screen left of or above the main one).
 */
final class RectArgument implements ITypeConverter<ScreenRegion> {
    private static final Pattern RECT = Pattern.compile(
            "\\s*(-?\\d{1,9})\\s*,\\s*(-?\\d{1,9})\\s*,\\s*(\\d{1,9})\\s*,\\s*(\\d{1,9})\\s*");
    private static final String FORM = "give X,Y,W,H in screen pixels, e.g. 100,200,640,360";

    @Override
    public ScreenRegion convert(String value) {
        return parse(value);
    }

    static ScreenRegion parse(String value) {
        Matcher m = RECT.matcher(value == null ? "" : value);
        if (!m.matches()) {
            throw new TypeConversionException("'" + value + "' is not a rectangle: " + FORM);
        }
        int width = Integer.parseInt(m.group(3));
        int height = Integer.parseInt(m.group(4));
        if (width == 0 || height == 0) {
            throw new TypeConversionException("'" + value + "' has no area: width and height must be at least 1");
        }
        return new ScreenRegion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), width, height);
    }
}
