package org.trailmark.governance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.trailmark.export.ExportOptions;
import org.trailmark.export.ExportResult;
import org.trailmark.export.Exporter;
import org.trailmark.ingest.ImportService;
import org.trailmark.io.ImportOptions;
import org.trailmark.model.ConsentPurpose;
import org.trailmark.model.ConsentRecord;
import org.trailmark.model.ContextKind;
import org.trailmark.model.ContextSpan;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.FlagSource;
import org.trailmark.model.FlagStatus;
import org.trailmark.model.ReviewStatus;
import org.trailmark.review.ReviewService;
import org.trailmark.store.SessionSummary;
import org.trailmark.store.Workspace;

/**
 * A workspace a controller would keep a record of: the bundled sample sessions of Ana, Ben and Chloe
 * (capture and training in Ana's and Ben's headers, capture only in Chloe's) and the Screenpipe sample
 * , the OpenAdapt sample (screenshots) and the AgentNet sample (a screen video), none of which states a
 * purpose; then what people did: Ana granted training anew, Ben withdrew it, Ana's first
 * session was approved, flagged, given context and exported by Carl, and one of Chloe's was erased.
 */
public final class GovernanceWorkspace {
    static final String TITLE_ADDED = "Payroll of Jane Roe";
    static final String URL_ADDED = "https://bank.example.org/account/4471";

    final Workspace ws;
    final String anaFirst;
    final String chloeErased;
    final long chloeErasedEvents;
    final ExportResult export;

    public GovernanceWorkspace(Workspace ws, Path dir) throws Exception {
        this.ws = ws;
        new ImportService(ws, "importer").importPaths(inputs(), ImportOptions.defaults(), (message, fraction) -> { });
        anaFirst = idsOf("subj-ana").get(0);
        ws.consent().grant("subj-ana", ConsentPurpose.TRAINING, "acme-training", "4", "dpo", ConsentRecord.CLI);
        ws.consent().withdraw("subj-ben", ConsentPurpose.TRAINING, "subj-ben", ConsentRecord.SUBJECT);
        new ReviewService(ws, "rita").setReviewStatus(anaFirst, ReviewStatus.APPROVED, null);
        addFlags(anaFirst, Flag.manual(anaFirst, 0, 1_000, FlagCategory.PASSWORD, null),
                Flag.manual(anaFirst, 1_000, 2_000, FlagCategory.PERSONAL_DATA, null),
                new Flag(0, anaFirst, 2_000, 3_000, FlagCategory.OTHER, null, FlagSource.MANUAL, null, null,
                        FlagStatus.REJECTED));
        String chloeKept = idsOf("subj-chloe").get(0);
        addFlags(chloeKept, Flag.manual(chloeKept, 0, 1_000, FlagCategory.PRIVATE, null));
        ws.context().add(anaFirst, List.of(
                new ContextSpan(ContextKind.WINDOW, 0, 1_000, "Firefox", TITLE_ADDED, "", "aw.json"),
                new ContextSpan(ContextKind.WINDOW, 1_000, 2_000, "Terminal", "bash", "", "aw.json"),
                new ContextSpan(ContextKind.WINDOW, 2_000, 3_000, "Firefox", "Inbox", "", "aw.json"),
                new ContextSpan(ContextKind.WEB, 0, 1_000, "", "Account", URL_ADDED, "aw.json")), "aw.json", "importer");
        export = new Exporter(ws, ExportOptions.defaults("test").withSeed(7).withActor("carl")).run(dir.resolve("set"));
        chloeErased = idsOf("subj-chloe").get(1);
        chloeErasedEvents = ws.sessions().find(chloeErased).orElseThrow().events();
        ws.erasure().erase(List.of(chloeErased), "dpo");
    }

    static List<Path> inputs() throws Exception {
        Path samples = Path.of("sample-sessions");
        try (Stream<Path> files = Files.list(samples)) {
            List<Path> natives = files.filter(p -> p.getFileName().toString().endsWith(".jsonl.gz")).sorted().toList();
            return Stream.concat(natives.stream(), Stream.of(samples.resolve("screenpipe-invoice-payment"),
                    samples.resolve("openadapt-do-not-disturb"), samples.resolve("agentnet-display-settings"))).toList();
        }
    }

    List<String> idsOf(String subject) {
        return ws.sessions().ofSubject(subject).stream().map(SessionSummary::id).sorted(Comparator.naturalOrder())
                .toList();
    }

    private void addFlags(String sessionId, Flag... flags) {
        ws.flags().replace(sessionId, ws.flags().ofSession(sessionId), List.of(flags), "add flags", "rita");
    }
}
