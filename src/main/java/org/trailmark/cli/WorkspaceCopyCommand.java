package org.trailmark.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.trailmark.store.TeamMembership;
import org.trailmark.store.Workspace;
import org.trailmark.store.WorkspaceCopy;
import org.trailmark.store.WorkspaceLocation;
import org.trailmark.store.pg.PostgresLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "copy", description = "Copy a whole workspace into a new one: a file into a team workspace on"
        + " PostgreSQL (made first with `workspace init URL`) or back, or file to file. Everything goes: sessions,"
        + " review, consent, the audit log, settings, the secret pseudonym key (exports from the copy get the same"
        + " pseudonyms) and the screen media. Then every table is checked on both sides by row count and SHA-256.")
final class WorkspaceCopyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FROM", description = "The workspace file or postgresql:// URL to copy.")
    String from;

    @Parameters(index = "1", paramLabel = "TO", description = "A new workspace file, or an initialised, empty team"
            + " workspace URL.")
    String to;

    @Option(names = "--json", description = "Print the per-table figures as JSON.")
    boolean json;

    @Option(names = "--debug", description = "Show internal details (stack traces) when something fails.")
    boolean debug;

    @Override
    public Integer call() {
        if (from.strip().equals(to.strip())) {
            throw new UserError("FROM and TO are the same workspace");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace source = open(from, false); Workspace target = open(to, true)) {
            WorkspaceCopy.Report report = WorkspaceCopy.copy(source, target);
            if (json) {
                var node = Json.MAPPER.createObjectNode();
                node.put("from", source.where());
                node.put("to", target.where());
                node.put("rows", report.rows());
                node.put("media_files", report.mediaFiles());
                var tables = node.putObject("tables");
                for (Map.Entry<String, WorkspaceCopy.TableFigures> e : report.tables().entrySet()) {
                    tables.putObject(e.getKey()).put("rows", e.getValue().rows()).put("sha256", e.getValue().sha256());
                }
                out.println(Json.MAPPER.writeValueAsString(node));
            } else {
                out.printf("Copied %s into %s: %,d rows in %d tables and %d media file(s); every table checked on"
                        + " both sides (row count and SHA-256).%n", source.where(), target.where(), report.rows(),
                        report.tables().size(), report.mediaFiles());
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        out.flush();
        return 0;
    }

    private static Workspace open(String where, boolean target) {
        if (PostgresLocation.isPostgresUrl(where)) {
            return TeamMembership.openAsMember(PostgresLocation.parse(where), WorkspaceLocation.teamMediaRoot())
                    .workspace();
        }
        Path file = Path.of(where).toAbsolutePath().normalize();
        if (target) {
            if (Workspace.existsAt(file)) {
                throw new UserError("a workspace already exists at " + file + "; copy into a new file");
            }
            return Workspace.open(file);
        }
        return Workspace.openExisting(file);
    }
}
