package org.trailmark.io.ducktrack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trailmark.io.Problem;

/**
 * Collects the problems of one import. A badly damaged file can have a problem on every line, so
 * per file only the first {@value #LINE_WARNINGS_SHOWN} line warnings are kept and the rest are
 * counted in one closing warning.
 */
public final class ProblemSink {
    static final int LINE_WARNINGS_SHOWN = 50;

    private final List<Problem> problems = new ArrayList<>();
    private final Map<Path, Integer> lineWarnings = new LinkedHashMap<>();

    public void warn(Path file, long line, String reason) {
        if (line > 0) {
            int count = lineWarnings.merge(file, 1, Integer::sum);
            if (count > LINE_WARNINGS_SHOWN) {
                return;
            }
        }
        problems.add(Problem.warning(file, line, reason));
    }

    public void error(Path file, long line, String reason) {
        problems.add(Problem.error(file, line, reason));
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** Every problem, followed by a count of the line warnings left out per file. */
    public List<Problem> problems() {
        List<Problem> all = new ArrayList<>(problems);
        lineWarnings.forEach((file, count) -> {
            if (count > LINE_WARNINGS_SHOWN) {
                all.add(Problem.warning(file, 0, (count - LINE_WARNINGS_SHOWN)
                        + " more lines with problems were skipped or repaired (not listed)"));
            }
        });
        return all;
    }
}
