package org.trailmark.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** GNU time ({@code /usr/bin/time -f}): exit status, elapsed seconds and maximum resident set of the child. */
final class GnuTimeMeter extends ChildMeter {
    static final Path TIME = Path.of("/usr/bin/time");
    private static final String FORMAT = "%x %e %M %U %S";

    GnuTimeMeter(Path scratch) {
        super(scratch);
    }

    /** BSD and busybox {@code time} have no {@code -f}/{@code -o}; only GNU time answers this probe. */
    static boolean available(Path scratch) throws IOException, InterruptedException {
        if (!Files.isExecutable(TIME)) {
            return false;
        }
        Files.createDirectories(scratch);
        Path out = scratch.resolve("time-probe");
        try {
            Process p = new ProcessBuilder(TIME.toString(), "-f", FORMAT, "-o", out.toString(), "true")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor() == 0 && Files.exists(out) && parse(Files.readAllLines(out)) != null;
        } finally {
            Files.deleteIfExists(out);
        }
    }

    @Override
    String description() {
        return "/usr/bin/time -f '%e %M %U %S' (GNU time)";
    }

    @Override
    ChildRun run(List<String> command) throws IOException, InterruptedException {
        Path measure = scratchFile("child.measure");
        List<String> timed = new ArrayList<>(List.of(TIME.toString(), "-f", FORMAT, "-o", measure.toString()));
        timed.addAll(command);
        start(timed).waitFor();
        double[] fields = parse(Files.readAllLines(measure));
        if (fields == null) {
            throw new IOException("GNU time wrote no measurement for " + command.get(0));
        }
        return new ChildRun((int) fields[0], fields[1], fields[2] / 1024.0, fields[3] + fields[4], childOutput());
    }

    /** The last line holds the figures; GNU time writes "Command exited with non-zero status N" above it. */
    private static double[] parse(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            String[] parts = lines.get(i).trim().split("\\s+");
            if (parts.length == 5) {
                try {
                    double[] fields = new double[5];
                    for (int f = 0; f < 5; f++) {
                        fields[f] = Double.parseDouble(parts[f]);
                    }
                    return fields;
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
