package org.trailmark.store.pg;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import org.trailmark.store.WorkspaceException;

/**
 * A team workspace on a PostgreSQL server, named by {@code postgresql://[user@]host[:port]/db[?param=value&…]}
 * (also {@code postgres://}). A password is never part of the URL: command lines and shell histories
 * keep URLs, so it comes from {@code PGPASSWORD} or the password file ({@link Pgpass}), as for psql.
 * Nothing this class says (describe, errors, warnings) contains a password.
 */
public final class PostgresLocation {
    public static final int DEFAULT_PORT = 5432;
    private static final String[] SCHEMES = {"postgresql://", "postgres://"};
    private static final System.Logger LOG = System.getLogger(PostgresLocation.class.getName());

    private final String host;
    private final int port;
    private final String database;
    private final String user;
    private final Map<String, String> parameters;
    private final Map<String, String> env;
    private final Path home;
    private final String osName;
    /** A password typed into the studio for this connection only; null to use PGPASSWORD or the file. */
    private final String typedPassword;

    /** Where the password for a connection comes from; never the password itself. */
    public enum PasswordSource {
        /** Typed for this connection (the studio's password field); kept in memory only. */
        TYPED,
        /** The PGPASSWORD environment variable. */
        ENVIRONMENT,
        /** A matching line of the password file ({@link #passwordFile()}). */
        PASSWORD_FILE,
        /** None: the server must let the user in without one (trust, certificates, Kerberos). */
        NONE
    }

    private PostgresLocation(String host, int port, String database, String user, Map<String, String> parameters,
                             Map<String, String> env, Path home, String osName) {
        this(host, port, database, user, parameters, env, home, osName, null);
    }

    private PostgresLocation(String host, int port, String database, String user, Map<String, String> parameters,
                             Map<String, String> env, Path home, String osName, String typedPassword) {
        this.host = host;
        this.port = port;
        this.database = database;
        this.user = user;
        this.parameters = Collections.unmodifiableMap(parameters);
        this.env = env;
        this.home = home;
        this.osName = osName;
        this.typedPassword = typedPassword;
    }

    /**
     * The same location connecting with {@code password} instead of PGPASSWORD or the password file; a
     * blank one means "use those again". The copy holds the password in memory only and never shows it.
     */
    public PostgresLocation withPassword(String password) {
        String typed = password == null || password.isEmpty() ? null : password;
        return new PostgresLocation(host, port, database, user, parameters, env, home, osName, typed);
    }

    /** Where {@link #connect} will take the password from; {@code warnings} hears of an ignored password file. */
    public PasswordSource passwordSource(Consumer<String> warnings) {
        if (typedPassword != null) {
            return PasswordSource.TYPED;
        }
        String fromEnv = env.get("PGPASSWORD");
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return PasswordSource.ENVIRONMENT;
        }
        return Pgpass.lookup(passwordFile(), host, port, database, user, warnings).isPresent()
                ? PasswordSource.PASSWORD_FILE : PasswordSource.NONE;
    }

    /** True for a {@code postgresql://} or {@code postgres://} URL; anything else is a workspace file path. */
    public static boolean isPostgresUrl(String text) {
        return text != null && scheme(text.strip()).isPresent();
    }

    /** Parses with this process's environment and OS user. */
    public static PostgresLocation parse(String url) {
        return parse(url, System.getenv(), System.getProperty("user.name", ""),
                Path.of(System.getProperty("user.home", ".")), System.getProperty("os.name", ""));
    }

    /** The same with the environment spelled out, so that tests need not change the real one. */
    public static PostgresLocation parse(String url, Map<String, String> env, String osUser, Path home,
                                         String osName) {
        String text = url == null ? "" : url.strip();
        String scheme = scheme(text).orElseThrow(() -> new WorkspaceException(
                "not a PostgreSQL URL (expected postgresql://[user@]host[:port]/database)"));
        String rest = text.substring(scheme.length());
        int query = rest.indexOf('?');
        Map<String, String> parameters = query < 0 ? new LinkedHashMap<>() : parameters(rest.substring(query + 1));
        String beforeQuery = query < 0 ? rest : rest.substring(0, query);
        int slash = beforeQuery.indexOf('/');
        String authority = slash < 0 ? beforeQuery : beforeQuery.substring(0, slash);
        String database = slash < 0 ? "" : decode(beforeQuery.substring(slash + 1));
        int at = authority.lastIndexOf('@');
        String userInfo = at < 0 ? null : authority.substring(0, at);
        String hostPort = at < 0 ? authority : authority.substring(at + 1);
        if ((userInfo != null && userInfo.contains(":")) || parameters.containsKey("password")) {
            throw new WorkspaceException("a PostgreSQL URL must not hold a password (URLs end up in shell histories"
                    + " and logs): remove it and put it in PGPASSWORD or ~/.pgpass");
        }
        String[] hostAndPort = hostAndPort(hostPort);
        if (hostAndPort[0].isEmpty()) {
            throw new WorkspaceException("the PostgreSQL URL names no server: postgresql://[user@]host[:port]/database");
        }
        if (database.isEmpty() || database.contains("/")) {
            throw new WorkspaceException("the PostgreSQL URL names no database: postgresql://[user@]host[:port]/database");
        }
        String user = firstGiven(userInfo == null ? null : decode(userInfo), parameters.remove("user"),
                env.get("PGUSER"), osUser);
        if (user == null) {
            throw new WorkspaceException("no PostgreSQL user: name one in the URL (postgresql://user@host/db) or PGUSER");
        }
        return new PostgresLocation(hostAndPort[0], port(hostAndPort[1]), database, user, parameters, Map.copyOf(env),
                home, osName);
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String database() {
        return database;
    }

    public String user() {
        return user;
    }

    /** Extra connection parameters from the URL (sslmode, …), passed to the driver as they are. */
    public Map<String, String> parameters() {
        return parameters;
    }

    /** For messages and logs: the URL without parameters, and never a password. */
    public String describe() {
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        return "postgresql://" + user + "@" + shownHost + ":" + port + "/" + database;
    }

    @Override
    public String toString() {
        return describe();
    }

    /** Connects with pgjdbc, logging a password file that was ignored. */
    public Connection connect() {
        return connect(warning -> LOG.log(System.Logger.Level.WARNING, warning));
    }

    /**
     * Connects with pgjdbc. The password comes from {@code PGPASSWORD}, else the password file; a
     * refusal becomes a {@link WorkspaceException} naming host, database, user and the server's reason.
     */
    public Connection connect(Consumer<String> warnings) {
        Optional<String> password = password(warnings);
        Properties properties = new Properties();
        properties.putAll(parameters);
        properties.setProperty("user", user);
        // Always set, also empty: otherwise the driver reads ~/.pgpass itself, without libpq's
        // rule that a file others may read is ignored.
        properties.setProperty("password", password.orElse(""));
        properties.putIfAbsent("ApplicationName", "Trailmark");
        try {
            return DriverManager.getConnection(jdbcUrl(), properties);
        } catch (SQLException e) {
            throw PostgresErrors.connectFailed(this, e, password.isPresent(), password.orElse(null));
        }
    }

    /** The password for this location: PGPASSWORD first, then the password file. */
    Optional<String> password(Consumer<String> warnings) {
        if (typedPassword != null) {
            return Optional.of(typedPassword);
        }
        String fromEnv = env.get("PGPASSWORD");
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return Optional.of(fromEnv);
        }
        return Pgpass.lookup(passwordFile(), host, port, database, user, warnings);
    }

    /** The password file this location reads: PGPASSFILE, else the platform's usual place. */
    public Path passwordFile() {
        return Pgpass.location(env, osName, home);
    }

    String jdbcUrl() {
        String jdbcHost = host.contains(":") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + jdbcHost + ":" + port + "/"
                + java.net.URLEncoder.encode(database, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Optional<String> scheme(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String scheme : SCHEMES) {
            if (lower.startsWith(scheme)) {
                return Optional.of(text.substring(0, scheme.length()));
            }
        }
        return Optional.empty();
    }

    private static Map<String, String> parameters(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            parameters.put(name, eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
        return parameters;
    }

    private static String[] hostAndPort(String hostPort) {
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            if (close < 0) {
                throw new WorkspaceException("the PostgreSQL URL has an unclosed [ in its server address");
            }
            String after = hostPort.substring(close + 1);
            if (!after.isEmpty() && !after.startsWith(":")) {
                throw new WorkspaceException("the PostgreSQL URL's server address is not host[:port]");
            }
            return new String[] {hostPort.substring(1, close), after.isEmpty() ? null : after.substring(1)};
        }
        int colon = hostPort.lastIndexOf(':');
        return colon < 0 ? new String[] {decode(hostPort), null}
                : new String[] {decode(hostPort.substring(0, colon)), hostPort.substring(colon + 1)};
    }

    private static int port(String text) {
        if (text == null || text.isEmpty()) {
            return DEFAULT_PORT;
        }
        try {
            int port = Integer.parseInt(text);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new WorkspaceException("the PostgreSQL URL's port must be a number from 1 to 65535");
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new WorkspaceException("the PostgreSQL URL has a broken %-escape");
        }
    }

    private static String firstGiven(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
