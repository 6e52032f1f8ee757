package org.trailmark.ui.player;

import java.util.ArrayList;
import java.util.List;
import org.trailmark.model.EventKind;
import org.trailmark.model.Screen;
import org.trailmark.model.ScreenRegion;
import org.trailmark.model.SessionLog;

/**
 * The captured displays as the stage draws them, in the capture's coordinate space, and the box
 * around all of them. A capture that named no screen gets one made up from where its pointer went
 * (or a 1920×1080 one), so a stage is never empty.
 */
record ScreenLayout(List<Screen> screens, int minX, int minY, int maxX, int maxY, boolean inferred) {
    static final Screen FALLBACK = new Screen(0, 0, 0, 1920, 1080, 1.0);

    ScreenLayout {
        screens = List.copyOf(screens);
    }

    static ScreenLayout of(List<Screen> declared, SessionLog log) {
        List<Screen> screens = new ArrayList<>(declared);
        boolean inferred = screens.isEmpty();
        if (inferred) {
            screens.add(fromPointer(log));
        }
        ScreenRegion all = ScreenRegion.enclosing(screens);
        return new ScreenLayout(screens, all.x(), all.y(), all.right(), all.bottom(), inferred);
    }

    /** The layout of a stage that shows a recorded picture: just the area the picture covers. */
    static ScreenLayout of(ScreenRegion area) {
        return of(List.of(new Screen(0, area.x(), area.y(), area.width(), area.height(), 1.0)), null);
    }

    int width() {
        return maxX - minX;
    }

    int height() {
        return maxY - minY;
    }

    private static Screen fromPointer(SessionLog log) {
        int maxX = 0;
        int maxY = 0;
        boolean any = false;
        for (int i = 0; i < log.size(); i++) {
            EventKind kind = EventKind.ofCode(log.kindCode(i));
            if (kind.isPointer()) {
                maxX = Math.max(maxX, log.x(i));
                maxY = Math.max(maxY, log.y(i));
                any = true;
            }
        }
        if (!any || maxX < 100 || maxY < 100) {
            return FALLBACK;
        }
        return new Screen(0, 0, 0, maxX + 1, maxY + 1, 1.0);
    }
}
