package org.trailmark.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.trailmark.export.ExportVerifier;
import org.trailmark.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "verify-export", description = "Check an export folder: every file's SHA-256 and record count"
        + " against manifest.json, and that no flagged value of its sessions appears as text, without separators"
        + " or spelled by key actions. Needs the workspace that made the export: the manifest holds only"
        + " pseudonyms, and the workspace's audit log says which sessions went into that export id."
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
        List<String> problems;
        try (Workspace workspace = Workspace.openReadOnly(common.existingWorkspaceFile())) {
            problems = ExportVerifier.verifyFolder(workspace, dir);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (problems.isEmpty()) {
            out.println("Verification passed: checksums match and no flagged value appears.");
            out.flush();
            return 0;
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("Verification failed:");
        problems.forEach(p -> err.println("  " + p));
        if (problems.stream().anyMatch(p -> p.contains("flagged value"))) {
            // The workspace's flags are read as they are today, so a later flag or private mark counts too.
            err.println("Flags are read from the workspace as they are now: a value flagged or marked private after"
                    + " the export was made is reported here, and the dataset should be re-exported.");
        }
        err.flush();
        return 1;
    }
}
