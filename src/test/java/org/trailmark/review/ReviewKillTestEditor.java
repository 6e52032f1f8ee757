package org.trailmark.review;

import java.nio.file.Path;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.FlagStatus;
import org.trailmark.model.Task;
import org.trailmark.store.Workspace;
import org.trailmark.store.pg.PostgresLocation;

/**
 * Child process of {@link ReviewKillTest}: applies review edits through ReviewService until it is
 * killed, printing one line once each edit has returned (committed) with the state it left:
 * {@code ACK n task ID START END}, {@code ACK n gone task ID}, or {@code ACK n flag ID STATUS}. Before
 * an edit of an existing row it prints the state it is about to commit as {@code WILL n ...}.
 * Arguments: workspace (a file, or a team URL and its media folder separated by a space), session id,
 * first edit number.
 */
public final class ReviewKillTestEditor {
    private ReviewKillTestEditor() {
    }

    private static Workspace open(String where) {
        if (PostgresLocation.isPostgresUrl(where)) {
            String[] urlAndMedia = where.split(" ", 2);
            return Workspace.openTeam(PostgresLocation.parse(urlAndMedia[0]), Path.of(urlAndMedia[1]));
        }
        return Workspace.open(Path.of(where));
    }

    public static void main(String[] args) {
        String session = args[1];
        int first = Integer.parseInt(args[2]);
        try (Workspace workspace = open(args[0])) {
            ReviewService service = new ReviewService(workspace, "kill-test");
            System.out.println("READY");
            System.out.flush();
            Task task = null;
            Flag flag = null;
            for (int n = first; ; n++) {
                int start = (n * 7) % 50_000;
                String ack;
                switch (n % 6) {
                    case 0 -> {
                        task = service.addTask(Task.draft(session, start, start + 500, "edit " + n, null, null));
                        ack = "task " + task.id() + " " + task.startMs() + " " + task.endMs();
                    }
                    case 1 -> {
                        will(n, "task " + task.id() + " " + start + " " + (start + 900));
                        task = service.moveTaskEdges(task.id(), start, start + 900);
                        ack = "task " + task.id() + " " + task.startMs() + " " + task.endMs();
                    }
                    case 2 -> {
                        flag = service.addFlag(Flag.manual(session, start, start + 100, FlagCategory.OTHER, null));
                        ack = "flag " + flag.id() + " " + flag.status().wireName();
                    }
                    case 3 -> {
                        will(n, "flag " + flag.id() + " rejected");
                        flag = service.setFlagStatus(flag.id(), FlagStatus.REJECTED);
                        ack = "flag " + flag.id() + " " + flag.status().wireName();
                    }
                    case 4 -> {
                        will(n, "flag " + flag.id() + " confirmed");
                        service.undo(); // the rejection
                        flag = workspace.flags().find(flag.id()).orElseThrow();
                        ack = "flag " + flag.id() + " " + flag.status().wireName();
                    }
                    default -> {
                        if (n % 12 == 5) {
                            will(n, "gone task " + task.id());
                            service.deleteTask(task.id());
                            ack = "gone task " + task.id();
                        } else {
                            task = service.editTask(task.withInstruction("edited " + n));
                            ack = "task " + task.id() + " " + task.startMs() + " " + task.endMs();
                        }
                    }
                }
                System.out.println("ACK " + n + " " + ack);
                System.out.flush();
            }
        }
    }

    /** Announces the state an edit of an existing row is about to commit: the kill may land after the commit. */
    private static void will(int n, String state) {
        System.out.println("WILL " + n + " " + state);
        System.out.flush();
    }
}
