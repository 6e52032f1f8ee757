package org.trailmark.store;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.trailmark.store.pg.PostgresTestServer;
import org.trailmark.store.pg.TeamWorkspaceInit;

/** The two places a workspace can live, for contract tests that must hold on both. */
public enum Backend {
    SQLITE {
        @Override
        public Workspace open(Path dir) {
            return Workspace.open(dir.resolve("contract-" + System.nanoTime() + ".trailmark"));
        }
    },
    POSTGRESQL {
        @Override
        public Workspace open(Path dir) {
            PostgresTestServer.TestDatabase db = PostgresTestServer.newDatabase();
            TeamWorkspaceInit.run(db.location(PostgresTestServer.OWNER), warning -> { });
            return Workspace.openTeam(db.location(PostgresTestServer.OWNER), dir.resolve("team-media"));
        }
    };

    /** A new, empty workspace; its files (SQLite, media) under {@code dir}. */
    public abstract Workspace open(Path dir);

    /** For {@code @MethodSource("org.trailmark.store.Backend#both")}. */
    public static Stream<Backend> both() {
        return Stream.of(values());
    }
}
