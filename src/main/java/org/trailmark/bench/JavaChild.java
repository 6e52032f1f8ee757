package org.trailmark.bench;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command that starts this very build of Trailmark in a fresh process as a user starts it: the
 * {@code trailmark} launcher that {@code mvn package} writes beside the jar (it starts the JVM with
 * the class-data sharing archive, docs/decisions/0015-start-up.md) when the bench runs from that jar;
 * {@code java -jar trailmark.jar ...} for a jar without it; else the same class path (tests, an IDE).
 * Probes run through the launcher too ({@code TRAILMARK_MAIN}), so they start as Trailmark does.
 */
final class JavaChild {
    static final String LAUNCHER = "trailmark";

    private final String java;
    private final Path jar;
    private final Path launcher;
    private final String classPath;

    private JavaChild(String java, Path jar, Path launcher, String classPath) {
        this.java = java;
        this.jar = jar;
        this.launcher = launcher;
        this.classPath = classPath;
    }

    static JavaChild ofThisBuild() {
        return of(codeLocation(), Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                System.getProperty("java.class.path"));
    }

    /** The child for code loaded from {@code location} (a jar, a folder of classes, or unknown: null). */
    static JavaChild of(Path location, String java, String classPath) {
        if (location != null && location.getFileName().toString().endsWith(".jar")) {
            Path launcher = location.resolveSibling(LAUNCHER);
            return new JavaChild(java, location, Files.isExecutable(launcher) ? launcher : null, location.toString());
        }
        return new JavaChild(java, null, null, classPath);
    }

    /**
     * Makes the launcher's archive now if it is missing, so that no timed run pays for it or shares the
     * machine with its making in the background (a user pays that once per build of the jar).
     */
    void prepare() throws IOException, InterruptedException {
        if (launcher == null) {
            return;
        }
        ProcessBuilder once = new ProcessBuilder(launcher.toString(), "--version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        once.environment().put("TRAILMARK_CDS", "now");
        int code = once.start().waitFor();
        if (code != 0) {
            throw new IOException("the trailmark launcher failed (exit " + code + ")");
        }
    }

    /** {@code trailmark ARGS}: the command line a user types. */
    List<String> trailmark(List<String> args) {
        List<String> command = new ArrayList<>();
        if (launcher != null) {
            command.add(launcher.toString());
        } else if (jar != null) {
            command.addAll(List.of(java, "-jar", jar.toString()));
        } else {
            command.addAll(List.of(java, "-cp", classPath, "org.trailmark.Launcher"));
        }
        command.addAll(args);
        return command;
    }

    /** A bench probe's own {@code main} in a fresh JVM, started like Trailmark. */
    List<String> main(Class<?> mainClass, List<String> args) {
        List<String> command = new ArrayList<>();
        if (launcher != null) {
            command.addAll(List.of("env", "TRAILMARK_MAIN=" + mainClass.getName(), launcher.toString()));
        } else {
            command.addAll(List.of(java, "-cp", classPath, mainClass.getName()));
        }
        command.addAll(args);
        return command;
    }

    String description() {
        if (launcher != null) {
            return "the trailmark launcher beside " + jar.getFileName() + " (its class-data sharing archive made first)";
        }
        return jar != null ? "java -jar " + jar.getFileName() : "java -cp <class path> org.trailmark.Launcher";
    }

    private static Path codeLocation() {
        try {
            var source = JavaChild.class.getProtectionDomain().getCodeSource();
            return source == null ? null : Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
