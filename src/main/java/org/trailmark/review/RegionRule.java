package org.trailmark.review;

import java.util.Objects;
import org.trailmark.model.ScreenRegion;
import org.trailmark.model.SessionInfo;

/**
 * Where a region flag may lie: wholly on the captured display (the smallest rectangle holding
 * every screen the session recorded), since a mask anywhere else would hide nothing.
 */
public final class RegionRule {
    private RegionRule() {
    }

    /** Why {@code region} cannot be placed on this session's screen, or null when it can. */
    public static String problem(SessionInfo info, ScreenRegion region) {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(region, "region");
        ScreenRegion screen = ScreenRegion.enclosing(info.screens());
        if (screen == null) {
            return "session " + info.id() + " does not record its screen size, so a region cannot be placed on it;"
                    + " flag the whole stretch instead";
        }
        if (!screen.encloses(region)) {
            return "region " + region + " (x,y,width,height) is not within the captured screen " + screen
                    + " of session " + info.id();
        }
        return null;
    }
}
