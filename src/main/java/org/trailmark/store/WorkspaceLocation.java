package org.trailmark.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the workspace file lives when the user does not say: the {@code --workspace} option,
 * else {@code TRAILMARK_WORKSPACE}, else the platform's per-user data folder.
 * {@link Workspace#open} creates a missing workspace and its folders (owner-only);
 * {@link Workspace#openExisting} creates nothing.
 */
public final class WorkspaceLocation {
    public static final String ENVIRONMENT_VARIABLE = "TRAILMARK_WORKSPACE";
    public static final String FILE_NAME = "workspace.trailmark";

    private WorkspaceLocation() {
    }

    /** @param cliOption the {@code --workspace} value, or null/blank when not given */
    public static Path resolve(String cliOption) {
        return resolve(cliOption, System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home", ".")));
    }

    /** The same decision with the environment spelled out, so it can be tested on any platform. */
    public static Path resolve(String cliOption, Map<String, String> env, String osName, Path home) {
        if (isGiven(cliOption)) {
            return Path.of(cliOption).toAbsolutePath();
        }
        String fromEnv = env.get(ENVIRONMENT_VARIABLE);
        if (isGiven(fromEnv)) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        return defaultLocation(env, osName, home);
    }

    static Path defaultLocation(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = isGiven(appData) ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("Trailmark").resolve(FILE_NAME);
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return home.resolve("Library").resolve("Application Support").resolve("Trailmark").resolve(FILE_NAME);
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        Path base = isGiven(xdg) && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("trailmark").resolve(FILE_NAME);
    }

    /**
     * Where this user caches the screen media of team workspaces (the database holds them; this
     * computer keeps copies of those it has shown): a {@code team-media} folder beside the default
     * workspace file.
     */
    public static Path teamMediaRoot() {
        return defaultLocation(System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home", "."))).resolveSibling("team-media");
    }

    private static boolean isGiven(String value) {
        return value != null && !value.isBlank();
    }
}
