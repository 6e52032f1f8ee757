package org.trailmark.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.trailmark.export.ExclusionReason;
import org.trailmark.export.ExportFilter;
import org.trailmark.export.ExportFormat;
import org.trailmark.export.ExportOptions;
import org.trailmark.export.ExportResult;
import org.trailmark.export.Exporter;
import org.trailmark.export.ScreenMasking;
import org.trailmark.model.TaskOutcome;
import org.trailmark.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", description = "Write a redacted, verified training set of approved sessions whose"
        + " subjects granted training consent: data/{train,validation,test}.jsonl (one trajectory per task),"
        + " README.md, manifest.json, redaction_report.json; with --with-screens also a PNG of the screen before"
        + " each step under data/observations/{split}/. Exit code 1 when verification finds a flagged"
        + " value; nothing is left in DIR then.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "New or empty output folder.")
    Path out;

    @Option(names = "--format", paramLabel = "F[,F...]", defaultValue = "trajectories",
            description = "Formats to write, comma-separated: trajectories (data/{split}.jsonl), events"
                    + " (redacted native event streams under data/events/{split}/), keystrokes"
                    + " (data/keystrokes/{split}.tsv). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--pyautogui", description = "Also write each trajectory action as a pyautogui call string.")
    boolean pyautogui;

    @Option(names = "--with-screens", description = "Give each trajectory step an observation: a PNG of the screen"
            + " just before its action, under data/observations/{split}/. Screens hold whatever was visible:"
            + " review them first. Steps inside flagged or private stretches get none; region flags are painted"
            + " over.")
    boolean withScreens;

    @Option(names = "--observation-offset", paramLabel = "SECONDS", defaultValue = "0.5",
            description = "How long before each action its observation is taken (default: ${DEFAULT-VALUE} s,"
                    + " as OpenCUA).")
    double observationOffset;

    @Option(names = "--split", paramLabel = "T,V,T", defaultValue = "0.8,0.1,0.1",
            description = "Train, validation and test ratios by subject (default: ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--seed", paramLabel = "N", converter = SeedArgument.class, description = "Makes the split and pseudonyms reproducible"
            + " from this workspace: they are keyed by the workspace's secret pseudonym key and the seed, so the"
            + " seed (written into the manifest) does not reveal who is who. Without it each export draws a"
            + " fresh random key.")
    Long seed;

    @Option(names = "--include-unreviewed", description = "Also take sessions not approved yet (never rejected ones;"
            + " never sessions without training consent). Recorded in the manifest.")
    boolean includeUnreviewed;

    @Option(names = "--subject", paramLabel = "ID", split = ",", description = "Only these subjects.")
    List<String> subjects = new ArrayList<>();

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only sessions started on or after this day (UTC).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only sessions started on or before this day (UTC).")
    LocalDate to;

    @Option(names = "--label", paramLabel = "NAME", split = ",", description = "Only tasks with these labels.")
    List<String> labels = new ArrayList<>();

    @Option(names = "--outcome", paramLabel = "O", split = ",",
            description = "Only tasks with these outcomes (success, failure, abandoned).")
    List<String> outcomes = new ArrayList<>();

    @Option(names = "--app", paramLabel = "APP", split = ",", description = "Only tasks that used one of these apps.")
    List<String> apps = new ArrayList<>();

    @Override
    public Integer call() {
        Path target = OutputFolder.check(out, "--out");
        Set<ExportFormat> formats = EnumSet.noneOf(ExportFormat.class);
        for (String f : format.split(",")) {
            formats.add(ReviewCli.choice(f, "--format", ExportFormat.class, ExportFormat::ofWireName));
        }
        if (withScreens && !formats.contains(ExportFormat.TRAJECTORIES)) {
            throw new UserError("--with-screens gives trajectory steps their pictures: add trajectories to --format");
        }
        if (!(observationOffset >= 0 && observationOffset <= 60)) {
            throw new UserError("--observation-offset must be between 0 and 60 seconds, e.g. 0.5");
        }
        Set<String> outcomeNames = new TreeSet<>();
        for (String o : outcomes) {
            outcomeNames.add(ReviewCli.choice(o, "--outcome", TaskOutcome.class, TaskOutcome::ofWireName).wireName());
        }
        ExportFilter filter;
        try {
            filter = new ExportFilter(Set.copyOf(subjects), from, to, Set.copyOf(labels), outcomeNames,
                    Set.copyOf(apps));
        } catch (IllegalArgumentException e) {
            throw new UserError("--from/--to: " + e.getMessage());
        }
        ExportOptions options;
        try {
            options = new ExportOptions(ratios(split), seed == null ? OptionalLong.empty() : OptionalLong.of(seed),
                    includeUnreviewed, new TrailmarkCommand.Version().getVersion()[0], filter, formats, pyautogui);
        } catch (IllegalArgumentException e) {
            throw new UserError("--split: " + e.getMessage());
        }
        PrintWriter o = spec.commandLine().getOut();
        ExportResult result;
        try (Workspace workspace = common.openWorkspace()) {
            KnownValues.requireExportFilters(workspace, subjects, labels, apps);
            try {
                ExportOptions chosen = options.withActor(ConsentCommand.actor(workspace, null))
                        .withScreens(withScreens, (int) Math.round(observationOffset * 1000));
                result = new Exporter(workspace, chosen, withScreens ? ScreenMasking.standard() : null).run(target);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            } catch (UncheckedIOException e) {
                throw new UserError("--out " + target + ": could not write the export there ("
                        + FileProblem.describe(e) + ")");
            }
        }
        o.printf("Included %d session(s); excluded %d", result.selection().included().size(),
                result.selection().excludedCount());
        for (Map.Entry<ExclusionReason, Integer> e : result.selection().excluded().entrySet()) {
            o.printf(" (%s: %d)", e.getKey().wireName(), e.getValue());
        }
        o.println(".");
        if (!result.verified()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("Export failed verification; nothing was written:");
            result.problems().forEach(p -> err.println("  " + p));
            err.flush();
            o.flush();
            return 1;
        }
        o.printf("Wrote %d train, %d validation, %d test record(s) to %s; verification passed.%n",
                result.records().get("train"), result.records().get("validation"), result.records().get("test"),
                result.out());
        o.flush();
        return 0;
    }

    private static double[] ratios(String text) {
        String[] parts = text.split(",");
        if (parts.length != 3) {
            throw new UserError("--split needs three ratios, e.g. 0.8,0.1,0.1");
        }
        double[] r = new double[3];
        for (int i = 0; i < 3; i++) {
            try {
                r[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new UserError("--split needs three numbers, e.g. 0.8,0.1,0.1");
            }
        }
        return r;
    }
}
