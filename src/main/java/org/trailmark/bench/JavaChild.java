package org.trailmark.bench;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command that starts this very build of Trailmark in a fresh JVM with default options, as a user
 * starts it: {@code java -jar trailmark.jar ...} when the bench itself runs from the jar, else the
 * same class path (tests, an IDE).
 */
final class JavaChild {
    private final String java;
    private final Path jar;
    private final String classPath;

    private JavaChild(String java, Path jar, String classPath) {
        this.java = java;
        this.jar = jar;
        this.classPath = classPath;
    }

    static JavaChild ofThisBuild() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path location = codeLocation();
        if (location != null && location.getFileName().toString().endsWith(".jar")) {
            return new JavaChild(java, location, location.toString());
        }
        return new JavaChild(java, null, System.getProperty("java.class.path"));
    }

    /** {@code java -jar trailmark.jar ARGS}: the command line a user types. */
    List<String> trailmark(List<String> args) {
        List<String> command = new ArrayList<>(List.of(java));
        if (jar != null) {
            command.addAll(List.of("-jar", jar.toString()));
        } else {
            command.addAll(List.of("-cp", classPath, "org.trailmark.Launcher"));
        }
        command.addAll(args);
        return command;
    }

    /** A bench probe's own {@code main} in a fresh JVM. */
    List<String> main(Class<?> mainClass, List<String> args) {
        List<String> command = new ArrayList<>(List.of(java, "-cp", classPath, mainClass.getName()));
        command.addAll(args);
        return command;
    }

    String description() {
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
