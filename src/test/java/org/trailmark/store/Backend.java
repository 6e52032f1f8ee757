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

        @Override
        public Workspace[] openOnTwoComputers(Path dir, Path otherDir) {
            PostgresTestServer.TestDatabase db = PostgresTestServer.newDatabase();
            TeamWorkspaceInit.run(db.location(PostgresTestServer.OWNER), warning -> { });
            Workspace first = Workspace.openTeam(db.location(PostgresTestServer.OWNER), dir.resolve("team-media"));
            return new Workspace[] {first,
                    Workspace.openTeam(db.location(PostgresTestServer.OWNER), otherDir.resolve("team-media"))};
        }
    };

    /** A new, empty workspace; its files (SQLite, media) under {@code dir}. */
    public abstract Workspace open(Path dir);

    /**
     * A new, empty workspace opened twice, as on two computers: a file with its media folder beside it
     * (what travels with a workspace file), a team workspace with a second, empty media cache under
     * {@code otherDir}. The caller closes both.
     */
    public Workspace[] openOnTwoComputers(Path dir, Path otherDir) {
        Workspace first = open(dir);
        return new Workspace[] {first, Workspace.openExisting(first.file().orElseThrow())};
    }

    /** For {@code @MethodSource("org.trailmark.store.Backend#both")}. */
    public static Stream<Backend> both() {
        return Stream.of(values());
    }
}
