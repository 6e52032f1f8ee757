package org.trailmark.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.prefs.BackingStoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.store.pg.PostgresLocation;
import org.trailmark.store.pg.PostgresRoles;
import org.trailmark.store.pg.PostgresTestServer;
import org.trailmark.store.pg.TeamRole;
import org.trailmark.store.pg.TeamWorkspaceInit;
import org.trailmark.ui.MemoryPreferences;
import org.trailmark.ui.StudioPreferences;
import org.trailmark.ui.common.SameThreadTaskExecutor;

/**
 * The Open team workspace dialog's model: the URL checked as typed, where the password comes from,
 * and connecting to a real PostgreSQL server, with every way it can fail worded.
 */
class OpenTeamWorkspaceViewModelTest {
    @TempDir
    Path dir;

    private final List<OpenedWorkspace> opened = new ArrayList<>();
    private final List<String> openedUrls = new ArrayList<>();

    private OpenTeamWorkspaceViewModel model(Map<String, String> env, Path home) {
        return new OpenTeamWorkspaceViewModel(new SameThreadTaskExecutor(),
                url -> PostgresLocation.parse(url, env, "os-user", home, "Linux"),
                location -> OpenedWorkspace.team(location, dir.resolve("media")),
                (url, workspace) -> {
                    openedUrls.add(url);
                    opened.add(workspace);
                });
    }

    private OpenTeamWorkspaceViewModel model() {
        return model(Map.of(), dir.resolve("home"));
    }

    @Test
    void theUrlIsCheckedAsItIsTypedInTheStoresOwnWords() {
        OpenTeamWorkspaceViewModel model = model();
        assertThat(model.problemProperty().get()).isEqualTo(OpenTeamWorkspaceViewModel.ASK_FOR_URL);
        assertThat(model.canConnectProperty().get()).isFalse();

        model.urlProperty().set("postgresql://db.example.com");
        assertThat(model.problemProperty().get()).startsWith("The PostgreSQL URL names no database");
        model.urlProperty().set("postgresql://ana:hunter2@db.example.com/trailmark");
        assertThat(model.problemProperty().get()).startsWith("A PostgreSQL URL must not hold a password")
                .doesNotContain("hunter2");
        model.urlProperty().set("postgresql://ana@db.example.com:99999/trailmark");
        assertThat(model.problemProperty().get()).contains("port must be a number from 1 to 65535");
        model.urlProperty().set("/home/ana/workspace.trailmark");
        assertThat(model.problemProperty().get()).startsWith("Not a PostgreSQL URL");
        assertThat(model.canConnectProperty().get()).isFalse();

        model.urlProperty().set("postgresql://ana@db.example.com/trailmark");
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.canConnectProperty().get()).isTrue();
    }

    @Test
    void itSaysWhereThePasswordWillComeFromAndNeverShowsIt() throws IOException {
        String url = "postgresql://ana@db.example.com/trailmark";
        OpenTeamWorkspaceViewModel fromEnv = model(Map.of("PGPASSWORD", "hunter2"), dir);
        fromEnv.urlProperty().set(url);
        assertThat(fromEnv.passwordNoteProperty().get()).isEqualTo("Password: from PGPASSWORD.");

        Path home = Files.createDirectories(dir.resolve("ana"));
        Path pgpass = home.resolve(".pgpass");
        Files.writeString(pgpass, "db.example.com:5432:trailmark:ana:hunter2\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        OpenTeamWorkspaceViewModel fromFile = model(Map.of(), home);
        fromFile.urlProperty().set(url);
        assertThat(fromFile.passwordNoteProperty().get()).isEqualTo("Password: from " + pgpass + ".");

        fromFile.urlProperty().set("postgresql://bob@db.example.com/trailmark");
        assertThat(fromFile.passwordNoteProperty().get()).startsWith("No password for bob in PGPASSWORD or " + pgpass)
                .contains("type it below");

        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-r--r--"));
        fromFile.urlProperty().set(url);
        assertThat(fromFile.passwordNoteProperty().get()).startsWith("No password for ana")
                .contains("is ignored: others may read it");

        fromFile.passwordProperty().set("typed-secret");
        assertThat(fromFile.passwordNoteProperty().get()).contains("this connection only and never saved");
        for (OpenTeamWorkspaceViewModel model : List.of(fromEnv, fromFile)) {
            assertThat(model.passwordNoteProperty().get()).doesNotContain("hunter2").doesNotContain("typed-secret");
        }
    }

    @Test
    void aTypedPasswordOpensTheWorkspaceForThisConnectionOnlyAndIsNeverStored() throws SQLException,
            BackingStoreException {
        PostgresTestServer.TestDatabase db = initialised();
        String user = PostgresTestServer.PASSWORD_USER;
        try (Connection c = db.connect(PostgresTestServer.OWNER)) {
            PostgresRoles.grant(c, null, user, TeamRole.LABELER, null, "test");
        }
        MemoryPreferences node = new MemoryPreferences();
        StudioPreferences preferences = new StudioPreferences(node);
        RecentWorkspaces recent = new RecentWorkspaces(preferences::recentWorkspaces, preferences::setRecentWorkspaces);
        OpenTeamWorkspaceViewModel model = model();
        String url = "postgresql://" + user + "@127.0.0.1:" + db.port() + "/" + db.name();
        model.urlProperty().set(url);
        assertThat(model.passwordNoteProperty().get()).startsWith("No password for " + user);

        model.passwordProperty().set("not-it-42");
        model.connect();
        assertThat(model.failureTitleProperty().get()).isEqualTo("The server did not let you in");
        assertThat(model.failureProperty().get()).contains("refused user " + user)
                .contains("password authentication failed").doesNotContain("not-it-42");
        assertThat(model.connectedProperty().get()).isFalse();
        assertThat(opened).isEmpty();

        model.passwordProperty().set(PostgresTestServer.PASSWORD);
        model.connect();
        try {
            assertThat(model.connectedProperty().get()).isTrue();
            assertThat(model.failureProperty().get()).isEmpty();
            assertThat(model.passwordProperty().get()).as("dropped once connected").isEmpty();
            assertThat(opened).singleElement().satisfies(w -> {
                assertThat(w.workspace().isTeam()).isTrue();
                assertThat(w.role()).contains("labeler");
                assertThat(w.lock()).isNull();
            });
            recent.rememberTeam(openedUrls.get(0));
            assertThat(recent.entries()).containsExactly(url);
            for (String key : node.keys()) {
                assertThat(node.get(key, "")).doesNotContain(PostgresTestServer.PASSWORD);
            }
        } finally {
            opened.forEach(OpenedWorkspace::close);
        }
    }

    @Test
    void aDatabaseWithoutTheSchemaSaysToRunWorkspaceInit() {
        PostgresTestServer.TestDatabase db = PostgresTestServer.newDatabase();
        OpenTeamWorkspaceViewModel model = model();
        model.urlProperty().set(db.url(PostgresTestServer.OWNER));
        model.connect();

        assertThat(model.failureTitleProperty().get()).isEqualTo("This database is not a Trailmark workspace yet");
        assertThat(model.failureProperty().get()).contains("run trailmark workspace init postgresql://"
                + PostgresTestServer.OWNER + "@localhost:" + db.port() + "/" + db.name());
        assertThat(opened).isEmpty();
    }

    @Test
    void aLoginThatIsNoMemberIsToldSoWhetherOrNotItHoldsARoleElsewhere() throws SQLException {
        PostgresTestServer.TestDatabase db = initialised();
        String stranger = db.createLogin("stranger");
        OpenTeamWorkspaceViewModel model = model();
        model.urlProperty().set(db.url(stranger));
        model.connect();
        assertThat(model.failureTitleProperty().get()).isEqualTo("You are not a member of this workspace");
        assertThat(model.failureProperty().get()).contains("User " + stranger + " is not a member");

        // a labeler of another workspace on the same server may connect here, and sees nothing: told alike
        PostgresTestServer.TestDatabase other = initialised();
        try (Connection c = other.connect(PostgresTestServer.OWNER)) {
            PostgresRoles.grant(c, null, stranger, TeamRole.LABELER, null, "test");
        }
        model.connect();
        assertThat(model.failureTitleProperty().get()).isEqualTo("You are not a member of this workspace");
        assertThat(opened).isEmpty();
    }

    @Test
    void aServerThatDoesNotAnswerIsSaidSo() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        OpenTeamWorkspaceViewModel model = model();
        model.urlProperty().set("postgresql://ana@127.0.0.1:" + closedPort + "/trailmark");
        model.passwordProperty().set("hunter2");
        model.connect();

        assertThat(model.failureTitleProperty().get()).isEqualTo("The server did not answer");
        assertThat(model.failureProperty().get()).startsWith("Cannot reach PostgreSQL at 127.0.0.1:" + closedPort)
                .doesNotContain("hunter2").doesNotContain("at org.");
        assertThat(model.connectingProperty().get()).isFalse();
        assertThat(model.canConnectProperty().get()).as("may try again").isTrue();
    }

    @Test
    void aConnectionArrivingAfterCancelIsClosedNotShown() {
        PostgresTestServer.TestDatabase db = initialised();
        List<OpenedWorkspace> made = new ArrayList<>();
        OpenTeamWorkspaceViewModel[] holder = new OpenTeamWorkspaceViewModel[1];
        holder[0] = new OpenTeamWorkspaceViewModel(new SameThreadTaskExecutor(),
                url -> PostgresLocation.parse(url, Map.of(), "os-user", dir, "Linux"),
                location -> {
                    holder[0].cancel(); // the person pressed Cancel while the server was answering
                    OpenedWorkspace w = OpenedWorkspace.team(location, dir.resolve("media"));
                    made.add(w);
                    return w;
                },
                (url, workspace) -> opened.add(workspace));
        holder[0].urlProperty().set(db.url(PostgresTestServer.OWNER));
        holder[0].connect();

        assertThat(opened).isEmpty();
        assertThat(holder[0].connectedProperty().get()).isFalse();
        assertThat(made).singleElement().satisfies(w -> assertThat(
                org.assertj.core.api.Assertions.catchThrowable(() -> w.workspace().sessions().all()))
                .hasMessageContaining("closed"));
    }

    private static PostgresTestServer.TestDatabase initialised() {
        PostgresTestServer.TestDatabase db = PostgresTestServer.newDatabase();
        TeamWorkspaceInit.run(db.location(PostgresTestServer.OWNER), w -> { });
        return db;
    }
}
