package org.trailmark.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.trailmark.store.ConsentReceipt;
import org.trailmark.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "receipts", description = "List the consent receipts of a subject: one per grant and per"
        + " withdrawal, each with a SHA-256 over its canonical JSON so that a copy can be checked.")
final class ConsentReceiptsCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--subject", required = true, paramLabel = "ID", description = "Pseudonymous subject id.")
    String subject;

    @Option(names = "--json", description = "Print the receipts themselves, as a JSON array.")
    boolean json;

    @Override
    public Integer call() {
        ConsentCommand.requireSubject(subject);
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = common.openWorkspace()) {
            List<ConsentReceipt> receipts = workspace.consent().receipts(subject);
            if (json) {
                ArrayNode array = Json.array();
                for (ConsentReceipt r : receipts) {
                    array.add(parse(r));
                }
                Json.print(out, array);
                return 0;
            }
            if (receipts.isEmpty()) {
                out.printf("No consent receipts for %s.%n", subject);
                out.flush();
                return 0;
            }
            out.printf("%-36s  %-8s  %-8s  %-24s  %-24s  %s%n", "RECEIPT", "ACTION", "PURPOSE", "EVENT TIME",
                    "METHOD", "SHA-256");
            for (ConsentReceipt r : receipts) {
                JsonNode n = parse(r);
                out.printf("%-36s  %-8s  %-8s  %-24s  %-24s  %s%n", r.receiptId(), r.action(),
                        n.path("purposes").path(0).path("purpose").asText("-"), n.path("event_time").asText("-"),
                        n.path("collection_method").asText("-"), r.sha256());
            }
            out.flush();
            return 0;
        }
    }

    private static JsonNode parse(ConsentReceipt r) {
        try {
            return Json.MAPPER.readTree(r.document());
        } catch (JsonProcessingException e) {
            throw new UserError("consent receipt " + r.receiptId() + " in this workspace is damaged");
        }
    }
}
