package org.trailmark.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.trailmark.model.FrameMask;
import org.trailmark.model.ScreenMedia;
import org.trailmark.model.ScreenRegion;

/**
 * Checks one session's observation pictures against the session's flags as they are now: no picture
 * was taken inside a stretch whose whole picture is hidden, and inside every region masked at a
 * picture's time there is nothing but the mask's own pixels.
 */
final class ObservationCheck {
    private final PictureHiding hiding;
    private final List<ScreenMedia> media;
    private final ScreenMasking masking;

    ObservationCheck(PictureHiding hiding, List<ScreenMedia> media, ScreenMasking masking) {
        this.hiding = hiding;
        this.media = media;
        this.masking = masking;
    }

    List<String> problems(Path dir, List<ObservationRows.Row> rows) {
        List<String> problems = new ArrayList<>();
        for (ObservationRows.Row row : rows) {
            int t = row.atMs();
            if (t < 0) {
                problems.add(row.file() + ": its metadata row gives no time");
                continue;
            }
            if (hiding.withheldReason(t) != null) {
                problems.add(row.file() + ": taken inside a masked span");
                continue;
            }
            FrameMask mask = hiding.maskAt(t);
            if (!mask.regions().isEmpty()) {
                problems.addAll(regions(dir, row, mask));
            }
        }
        return problems;
    }

    private List<String> regions(Path dir, ObservationRows.Row row, FrameMask mask) {
        ScreenMedia shown = SessionObservations.showing(media, row.atMs());
        Path file = dir.resolve(row.file());
        if (shown == null || !Files.isRegularFile(file)) {
            return List.of(row.file() + ": a region is masked at its time, but the picture cannot be checked");
        }
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException e) {
            image = null;
        }
        if (image == null) {
            return List.of(row.file() + ": not a PNG picture");
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int[] argb = image.getRGB(0, 0, width, height, null, 0, width);
        double sx = (double) width / shown.width();
        double sy = (double) height / shown.height();
        for (ScreenRegion r : mask.regions()) {
            // Only pixels wholly inside the region: the painter rounds outwards, so these are all painted.
            int x0 = Math.max(0, (int) Math.ceil(shown.frameX(r.x()) * sx));
            int y0 = Math.max(0, (int) Math.ceil(shown.frameY(r.y()) * sy));
            int x1 = Math.min(width, (int) Math.floor(shown.frameX(r.right()) * sx));
            int y1 = Math.min(height, (int) Math.floor(shown.frameY(r.bottom()) * sy));
            for (int y = y0; y < y1; y++) {
                for (int x = x0; x < x1; x++) {
                    if (!masking.isMaskPixel(argb[y * width + x] | 0xFF000000)) {
                        return List.of(row.file() + ": a masked region shows detail");
                    }
                }
            }
        }
        return List.of();
    }
}
