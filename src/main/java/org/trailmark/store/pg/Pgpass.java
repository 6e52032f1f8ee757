package org.trailmark.store.pg;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The password file libpq reads ({@code ~/.pgpass}, or {@code PGPASSFILE}): lines
 * {@code host:port:database:user:password}, {@code *} matching anything, {@code \:} and {@code \\}
 * escaping, the first matching line winning. Like libpq, a file that the group or others may read
 * is ignored (with a warning): a password there is not a secret any more.
 */
final class Pgpass {
    private static final Set<PosixFilePermission> GROUP_OR_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private Pgpass() {
    }

    /** Where libpq looks: {@code PGPASSFILE}, else {@code %APPDATA%\postgresql\pgpass.conf} on Windows, else ~/.pgpass. */
    static Path location(Map<String, String> env, String osName, Path home) {
        String given = env.get("PGPASSFILE");
        if (given != null && !given.isBlank()) {
            return Path.of(given);
        }
        if (osName.toLowerCase(java.util.Locale.ROOT).startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming")
                    : Path.of(appData);
            return base.resolve("postgresql").resolve("pgpass.conf");
        }
        return home.resolve(".pgpass");
    }

    /**
     * The password for the first line matching host, port, database and user; empty when the file
     * is missing, unreadable, open to others or has no matching line. Warnings never hold a password.
     */
    static Optional<String> lookup(Path file, String host, int port, String database, String user,
                                   Consumer<String> warnings) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        if (openToOthers(file)) {
            warnings.accept("password file " + file + " is ignored: others may read it (make it rw------- with"
                    + " chmod 600 " + file + ")");
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            warnings.accept("password file " + file + " cannot be read: " + e.getClass().getSimpleName());
            return Optional.empty();
        }
        String[] wanted = {host, Integer.toString(port), database, user};
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<Field> fields = fields(line);
            if (fields.size() < 5) {
                continue;
            }
            if (matches(fields, wanted)) {
                return Optional.of(fields.get(4).text());
            }
        }
        return Optional.empty();
    }

    /** One field of a line: its text with escapes resolved, and whether it was a bare {@code *}. */
    record Field(String text, boolean wildcard) {
    }

    /**
     * Splits on unescaped colons (the password ends at the next one, as in libpq). {@code \x} stands
     * for x, so {@code \*} is a literal star rather than a wildcard.
     */
    static List<Field> fields(String line) {
        List<Field> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean escaped = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '\\' && i + 1 < line.length()) {
                field.append(line.charAt(++i));
                escaped = true;
            } else if (ch == ':') {
                fields.add(field(field, escaped));
                field.setLength(0);
                escaped = false;
            } else {
                field.append(ch);
            }
        }
        fields.add(field(field, escaped));
        return fields;
    }

    private static Field field(StringBuilder text, boolean escaped) {
        return new Field(text.toString(), !escaped && text.toString().equals("*"));
    }

    private static boolean matches(List<Field> fields, String[] wanted) {
        for (int i = 0; i < wanted.length; i++) {
            Field field = fields.get(i);
            if (!field.wildcard() && !field.text().equals(wanted[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean openToOthers(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            permissions.retainAll(GROUP_OR_OTHERS);
            return !permissions.isEmpty();
        } catch (UnsupportedOperationException e) {
            return false; // Windows: libpq does not check either; the profile folder is the user's own
        } catch (IOException e) {
            return true;
        }
    }
}
