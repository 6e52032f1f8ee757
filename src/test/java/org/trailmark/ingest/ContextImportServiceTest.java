package org.trailmark.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.io.activitywatch.AwExport;
import org.trailmark.io.ducktrack.RecordingMetadata;
import org.trailmark.model.ContextKind;
import org.trailmark.model.ContextSpan;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionLog;
import org.trailmark.model.SessionLogBuilder;
import org.trailmark.model.SubjectIds;
import org.trailmark.store.AuditEntry;
import org.trailmark.store.Workspace;

/**
 * Context spans reach the sessions of the same host that they overlap, clipped to each session, once;
 * what matched nothing is counted by host.
 */
class ContextImportServiceTest {
    /** Sessions on a +02:00 clock: the export's UTC times must land all the same. */
    private static final OffsetDateTime NINE = OffsetDateTime.of(2023, 10, 20, 11, 0, 0, 0, ZoneOffset.ofHours(2));
    private static final Instant NINE_UTC = Instant.parse("2023-10-20T09:00:00Z");
    private static final String LAPTOP = RecordingMetadata.pseudonym("laptop.local");
    private static final String DESKTOP = RecordingMetadata.pseudonym("desktop.local");

    @TempDir
    Path dir;

    private Workspace workspace;

    @BeforeEach
    void open() {
        workspace = Workspace.open(dir.resolve("ws.trailmark"));
        // laptop: 09:00–09:01 and 10:00–10:01; desktop: 09:00–09:01
        add("laptop-a", LAPTOP, NINE, 60_000);
        add("laptop-b", LAPTOP, NINE.plusHours(1), 60_000);
        add("desktop-a", DESKTOP, NINE, 60_000);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private void add(String id, String subject, OffsetDateTime start, int durationMs) {
        SessionLog log = new SessionLogBuilder().pointerMove(0, 1, 1).pointerMove(durationMs, 2, 2).build();
        workspace.sessions().add(new SessionInfo(id, subject, "ducktrack", start, List.of(), "DuckTrack", null, null,
                null), log, "x", "test");
    }

    private Path export() {
        AwExport export = new AwExport();
        export.bucket("currentwindow", "laptop.local")
                .window(NINE_UTC.minusSeconds(30), 40, "Terminal", "ssh build")      // 08:59:30–09:00:10
                .window(NINE_UTC.plusSeconds(10), 20, "Safari", "Inbox")             // 09:00:10–09:00:30
                .window(NINE_UTC.plusSeconds(1800), 60, "Notes", "between sessions") // matches none
                .window(NINE_UTC.plusSeconds(3630), 10.5, "Mail", "Drafts");         // laptop-b 30 s in
        export.bucket("afkstatus", "laptop.local").afk(NINE_UTC.plusSeconds(40), 120, true);
        export.bucket("web.tab.current", "laptop.local").tab(NINE_UTC.plusSeconds(12), 5, "https://example.org/",
                "Example", false);
        export.bucket("currentwindow", "desktop.local").window(NINE_UTC.plusSeconds(5), 10, "Code", "main.rs");
        export.bucket("currentwindow", "phone").window(NINE_UTC, 10, "Maps", "route");
        return export.write(dir.resolve("aw-buckets-export.json"));
    }

    private ContextReport importContext(ContextTargets targets) {
        return new ContextImportService(workspace, "ann").importContext(export(), targets);
    }

    @Test
    void spansGoToTheOverlappingSessionsOfTheirOwnHostClippedToEach() {
        ContextReport report = importContext(ContextTargets.byHost());

        assertThat(report.problems()).isEmpty();
        assertThat(report.touched()).extracting(ContextReport.Touched::sessionId)
                .containsExactlyInAnyOrder("laptop-a", "laptop-b", "desktop-a");
        assertThat(workspace.context().ofSession("laptop-a")).containsExactly(
                new ContextSpan(ContextKind.WINDOW, 0, 10_000, "Terminal", "ssh build", "", "aw-buckets-export.json"),
                new ContextSpan(ContextKind.WINDOW, 10_000, 30_000, "Safari", "Inbox", "", "aw-buckets-export.json"),
                new ContextSpan(ContextKind.WEB, 12_000, 17_000, "", "Example", "https://example.org/",
                        "aw-buckets-export.json"),
                new ContextSpan(ContextKind.AFK, 40_000, 60_000, "", "", "", "aw-buckets-export.json"));
        assertThat(workspace.context().ofSession("laptop-b")).extracting(ContextSpan::startMs, ContextSpan::endMs, ContextSpan::app)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(30_000, 40_500, "Mail"));
        assertThat(workspace.context().ofSession("desktop-a")).extracting(ContextSpan::app).containsExactly("Code");
        // the notes between sessions and the phone's window matched none
        assertThat(report.unmatched().total()).isEqualTo(2);
        assertThat(report.unmatched().byHost()).containsOnly(Map.entry(LAPTOP, 1),
                Map.entry(RecordingMetadata.pseudonym("phone"), 1));
        assertThat(report.exitCode()).isEqualTo(ImportReport.OK);
    }

    @Test
    void importingTheSameExportAgainAddsNothing() {
        importContext(ContextTargets.byHost());

        ContextReport again = importContext(ContextTargets.byHost());

        assertThat(again.addedTotal()).isZero();
        assertThat(again.touched()).allSatisfy(t -> assertThat(t.matchedTotal()).isPositive());
        assertThat(workspace.context().ofSession("laptop-a")).hasSize(4);
        assertThat(workspace.audit().entries("laptop-a")).filteredOn(e -> e.action().equals("import_context")).hasSize(1);
    }

    @Test
    void theAuditNamesTheFileAndCountsButNoTitleOrUrl() {
        importContext(ContextTargets.byHost());

        AuditEntry entry = workspace.audit().entries("laptop-a").stream().filter(e -> e.action().equals("import_context"))
                .findFirst().orElseThrow();
        assertThat(entry.detail()).isEqualTo("file=aw-buckets-export.json window=2 afk=1 web=1");
    }

    @Test
    void aSessionMovedToAPersonKeepsItsCaptureHost() {
        workspace.subjects().assign("laptop-a", "subj-ana", true, "ann");

        importContext(ContextTargets.byHost());

        assertThat(workspace.sessions().find("laptop-a").orElseThrow().subject()).isEqualTo("subj-ana");
        assertThat(workspace.context().ofSession("laptop-a")).hasSize(4);
    }

    @Test
    void aSessionOfAnUnknownHostTakesContextOnlyWhenNamed() {
        add("hostless", SubjectIds.unassignedFor("hostless"), NINE, 60_000);

        importContext(ContextTargets.byHost());
        assertThat(workspace.context().ofSession("hostless")).isEmpty();

        ContextReport named = importContext(new ContextTargets(List.of("hostless"), null));

        // on time alone: every host's spans at 09:00 (the named session has no host to refuse them)
        assertThat(named.touched()).extracting(ContextReport.Touched::sessionId).containsExactly("hostless");
        assertThat(workspace.context().ofSession("hostless")).extracting(ContextSpan::app)
                .contains("Terminal", "Safari", "Code", "Maps");
    }

    @Test
    void aNamedSessionOfAKnownHostStillRefusesAnotherHostsSpans() {
        importContext(new ContextTargets(List.of("desktop-a"), null));

        // the laptop's and the phone's windows at 09:00 are other hosts'
        assertThat(workspace.context().ofSession("desktop-a")).extracting(ContextSpan::app).containsExactly("Code");
    }

    @Test
    void anUnknownNamedSessionIsAnErrorAndNothingIsAdded() {
        ContextReport report = importContext(new ContextTargets(List.of("nope"), null));

        assertThat(report.problems()).singleElement().satisfies(p -> assertThat(p.isError()).isTrue());
        assertThat(report.exitCode()).isEqualTo(ImportReport.NOTHING_IMPORTED);
        assertThat(workspace.context().ofSession("laptop-a")).isEmpty();
    }

    @Test
    void aFileThatIsNoExportAddsNothing() throws Exception {
        Path notAnExport = java.nio.file.Files.writeString(dir.resolve("x.json"), "[1, 2]");

        ContextReport report = new ContextImportService(workspace, "ann").importContext(notAnExport,
                ContextTargets.byHost());

        assertThat(report.hasErrors()).isTrue();
        assertThat(report.touched()).isEmpty();
    }
}
