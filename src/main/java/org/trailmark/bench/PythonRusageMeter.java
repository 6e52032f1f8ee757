package org.trailmark.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A tiny Python wrapper that runs the child and reads {@code getrusage(RUSAGE_CHILDREN)}: the kernel's
 * own peak resident set of the (only) child it waited for. For machines without GNU time.
 */
final class PythonRusageMeter extends ChildMeter {
    private static final String WRAPPER = String.join("\n",
            "import resource, subprocess, sys, time",
            "start = time.perf_counter()",
            "code = subprocess.call(sys.argv[2:])",
            "wall = time.perf_counter() - start",
            "usage = resource.getrusage(resource.RUSAGE_CHILDREN)",
            "open(sys.argv[1], 'w').write('%d %.6f %d %.6f' % (code, wall, usage.ru_maxrss,"
                    + " usage.ru_utime + usage.ru_stime))");

    private final String python;

    PythonRusageMeter(Path scratch, String python) {
        super(scratch);
        this.python = python;
    }

    @Override
    String description() {
        return "python3 resource.getrusage(RUSAGE_CHILDREN) around the child";
    }

    @Override
    ChildRun run(List<String> command) throws IOException, InterruptedException {
        Path measure = scratchFile("child.measure");
        Files.deleteIfExists(measure);
        List<String> wrapped = new ArrayList<>(List.of(python, "-c", WRAPPER, measure.toString()));
        wrapped.addAll(command);
        int wrapperCode = start(wrapped).waitFor();
        if (wrapperCode != 0 || !Files.exists(measure)) {
            throw new IOException("the Python measuring wrapper failed (exit " + wrapperCode + ")");
        }
        String[] fields = Files.readString(measure).trim().split(" ");
        // Linux reports ru_maxrss in KiB
        return new ChildRun(Integer.parseInt(fields[0]), Double.parseDouble(fields[1]),
                Long.parseLong(fields[2]) / 1024.0, Double.parseDouble(fields[3]), childOutput());
    }
}
