package org.trailmark.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.trailmark.export.ExportVerifier;
import org.trailmark.export.ScreenMasking;
import org.trailmark.store.Workspace;
import org.trailmark.store.WorkspaceLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "verify-export", description = "Check an export folder. On its own (what a dataset's receiver can"
        + " do): every file's SHA-256 and record count against manifest.json, no file missing and none unlisted,"
        + " and the export id, the dataset card and the event streams agreeing with the manifest; it then says"
        + " what it could not check. With --workspace FILE (or TRAILMARK_WORKSPACE), the workspace that made the"
        + " export, it also checks that no flagged value of its sessions appears as text, without separators or"
        + " spelled by key actions: the workspace's audit log says which sessions went into that export id."
        + " With screens, it also checks that no picture was taken inside a masked span and that every masked"
        + " region of a picture holds nothing but the mask (for exports made with --seed)."
        + " Exit code 1 on any problem.")
final class VerifyExportCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The export folder.")
    Path dir;

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) {
            throw new UserError(dir + " is not a folder (DIR is the export folder to check)");
        }
        boolean withWorkspace = workspaceNamed(common, System.getenv());
        List<String> problems;
        if (withWorkspace) {
            try (Workspace workspace = common.isTeam() ? common.openWorkspace()
                    : Workspace.openReadOnly(common.existingWorkspaceFile())) {
                problems = ExportVerifier.verifyFolder(workspace, dir, ScreenMasking.standard());
            }
        } else {
            problems = ExportVerifier.verifyWithoutWorkspace(dir);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (problems.isEmpty()) {
            out.println(withWorkspace ? "Verification passed: checksums match and no flagged value appears."
                    : "Verification passed for everything the dataset itself can show: checksums and record counts"
                    + " match the manifest, no file is missing or unlisted, and the export id, the dataset card and"
                    + " the event streams agree with it.");
        } else {
            PrintWriter err = spec.commandLine().getErr();
            err.println("Verification failed:");
            problems.forEach(p -> err.println("  " + p));
            if (problems.stream().anyMatch(p -> p.contains("flagged value"))) {
                // The workspace's flags are read as they are today, so a later flag or private mark counts too.
                err.println("Flags are read from the workspace as they are now: a value flagged or marked private"
                        + " after the export was made is reported here, and the dataset should be re-exported.");
            }
            err.flush();
        }
        if (withWorkspace) {
            ExportVerifier.observationNote(dir).ifPresent(note -> out.println("Not checked: " + note + "."));
        } else {
            out.println("Not checked without the workspace that made the export (give it with --workspace FILE):");
            ExportVerifier.NOT_CHECKED_WITHOUT_WORKSPACE.forEach(n -> out.println("  " + n));
        }
        out.flush();
        return problems.isEmpty() ? 0 : 1;
    }

    /** Only a workspace someone named is the one that made the export; the per-user default may be any other. */
    static boolean workspaceNamed(CommonOptions common, Map<String, String> env) {
        String fromEnv = env.get(WorkspaceLocation.ENVIRONMENT_VARIABLE);
        return common.workspace != null || (fromEnv != null && !fromEnv.isBlank());
    }
}
