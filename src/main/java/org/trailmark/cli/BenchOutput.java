package org.trailmark.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import org.trailmark.bench.Figure;
import org.trailmark.bench.LoadSampler;
import org.trailmark.bench.MachineFacts;

/** How {@code bench} prints its figures and the machine they were measured on: a table, or JSON for scripts. */
final class BenchOutput {
    /** The key of the machine's description beside the figures in {@code --json}; no figure has it. */
    static final String MACHINE = "machine";

    private BenchOutput() {
    }

    static void printJson(PrintWriter out, List<Figure> figures, MachineFacts machine, LoadSampler.Load load) {
        ObjectNode root = Json.object();
        for (Figure f : figures) {
            ObjectNode node = root.putObject(f.key());
            putNumber(node, "value", f.value());
            node.put("unit", f.unit());
            putNumber(node, "baseline", f.baseline());
            if (f.hasTarget()) {
                node.put("target", f.target());
            } else {
                node.putNull("target");
            }
            if (f.hasTarget() && f.measured()) {
                node.put("meets_target", f.meetsTarget());
            } else {
                node.putNull("meets_target");
            }
            if (f.note() != null) {
                node.put(f.measured() ? "measured_by" : "not_measured", f.note());
            }
        }
        ObjectNode m = root.putObject(MACHINE);
        m.put("cpu", machine.cpu());
        m.put("cores", machine.cores());
        putNumber(m, "memory_gib", machine.memoryGib());
        m.put("os", machine.os());
        m.put("java", machine.java());
        ObjectNode l = m.putObject("load_average_1min");
        putNumber(l, "start", load.start());
        putNumber(l, "end", load.end());
        putNumber(l, "min", load.min());
        putNumber(l, "median", load.median());
        putNumber(l, "max", load.max());
        l.put("samples", load.samples());
        Json.print(out, root);
    }

    static void printTable(PrintWriter out, List<Figure> figures, MachineFacts machine, LoadSampler.Load load) {
        out.printf("%-32s %14s %14s %12s  %-12s %s%n", "figure", "value", "naive", "target", "unit", "");
        for (Figure f : figures) {
            out.printf("%-32s %14s %14s %12s  %-12s %s%n", f.key(), format(f.value()), format(f.baseline()),
                    f.hasTarget() ? (f.higherIsBetter() ? "≥ " : "≤ ") + format(f.target()) : "-", f.unit(),
                    !f.measured() ? "not measured: " + f.note() : !f.hasTarget() ? "" : f.meetsTarget() ? "met" : "NOT MET");
        }
        out.printf("%nmachine: %s, %d cores, %.1f GiB, %s, %s%n", machine.cpu(), machine.cores(), machine.memoryGib(),
                machine.os(), machine.java());
        out.printf("load average (1 min) during the run: start %.2f, median %.2f, max %.2f, end %.2f%n", load.start(),
                load.median(), load.max(), load.end());
        figures.stream().filter(f -> f.measured() && f.note() != null).map(Figure::note).distinct()
                .forEach(note -> out.println("measured by: " + note));
        out.flush();
    }

    private static void putNumber(ObjectNode node, String name, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            node.putNull(name);
        } else {
            node.put(name, Math.abs(v) >= 100 ? Math.round(v) : Math.round(v * 1000) / 1000.0);
        }
    }

    private static String format(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        return Math.abs(v) >= 100 ? String.format("%,.0f", v) : String.format("%.3f", v);
    }
}
