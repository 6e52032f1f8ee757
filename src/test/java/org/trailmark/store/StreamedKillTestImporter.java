package org.trailmark.store;

import java.nio.file.Path;
import org.trailmark.model.LogFigures;
import org.trailmark.model.SessionLog;
import org.trailmark.model.SessionLogBuilder;

/**
 * Child process of {@link StreamedImportKillTest}: streams the same synthetic session into the
 * workspace under fresh ids (chunks stored while the events are still being appended) until it is
 * killed, printing "ACK id" once each import has returned (committed).
 * Arguments: workspace file, id prefix, events per session, seed.
 */
public final class StreamedKillTestImporter {
    private StreamedKillTestImporter() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        String prefix = args[1];
        int events = Integer.parseInt(args[2]);
        SessionLog log = SyntheticSessions.r1Like(events, Long.parseLong(args[3]));
        try (Workspace workspace = Workspace.open(file)) {
            System.out.println("READY");
            System.out.flush();
            for (int i = 0; ; i++) {
                String id = prefix + i;
                int n = i;
                workspace.sessions().addStreamed(id, builder -> {
                    append(log, builder);
                    LogFigures figures = builder.finishSpilling();
                    return new StreamedImport.Rows(SyntheticSessions.info(id, "subject-" + (n % 3)), figures,
                            java.util.List.of());
                }, null, "kill-test");
                System.out.println("ACK " + id);
                System.out.flush();
            }
        }
    }

    private static void append(SessionLog log, SessionLogBuilder builder) {
        for (String s : log.strings()) {
            builder.intern(s); // the same ids as the log's events carry
        }
        for (int i = 0; i < log.size(); i++) {
            builder.add(log.time(i), log.kind(i), log.x(i), log.y(i), log.a(i), log.b(i));
        }
    }
}
