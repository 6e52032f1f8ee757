package org.trailmark.store;

import java.nio.file.Path;
import org.trailmark.model.SessionLog;

/**
 * Child process of {@link WorkspaceKillTest}: imports the same synthetic session under fresh ids
 * until it is killed, printing "ACK id" once each addSession has returned (committed).
 * Arguments: workspace file, id prefix, events per session, seed.
 */
public final class KillTestImporter {
    private KillTestImporter() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        String prefix = args[1];
        int events = Integer.parseInt(args[2]);
        long seed = Long.parseLong(args[3]);
        SessionLog log = SyntheticSessions.r1Like(events, seed);
        try (Workspace workspace = Workspace.open(file)) {
            System.out.println("READY");
            System.out.flush();
            for (int i = 0; ; i++) {
                String id = prefix + i;
                workspace.sessions().add(SyntheticSessions.info(id, "subject-" + (i % 3)), log, null, "kill-test");
                System.out.println("ACK " + id);
                System.out.flush();
            }
        }
    }
}
