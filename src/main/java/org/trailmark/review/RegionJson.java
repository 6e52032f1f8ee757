package org.trailmark.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.trailmark.model.ScreenRegion;

/** A region flag's area in a labels file: {@code "region": {"x", "y", "width", "height"}}, or null. */
final class RegionJson {
    static final String FIELD = "region";
    private static final String[] PARTS = {"x", "y", "width", "height"};

    private RegionJson() {
    }

    static void put(ObjectNode flag, ScreenRegion region) {
        if (region == null) {
            flag.putNull(FIELD);
            return;
        }
        flag.putObject(FIELD).put("x", region.x()).put("y", region.y()).put("width", region.width())
                .put("height", region.height());
    }

    /** The flag's region, or null when the file has none for it (files written before regions existed). */
    static ScreenRegion read(Path file, JsonNode flag, String where) {
        JsonNode node = flag.path(FIELD);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        int[] values = new int[PARTS.length];
        for (int i = 0; i < PARTS.length; i++) {
            JsonNode v = node.path(PARTS[i]);
            if (!node.isObject() || !v.isIntegralNumber() || !v.canConvertToInt()) {
                throw new ReviewException(file + ": " + where + " has a \"region\" without whole-number x, y, width"
                        + " and height");
            }
            values[i] = v.asInt();
        }
        if (values[2] <= 0 || values[3] <= 0) {
            throw new ReviewException(file + ": " + where + " has a \"region\" without a positive width and height");
        }
        return new ScreenRegion(values[0], values[1], values[2], values[3]);
    }
}
