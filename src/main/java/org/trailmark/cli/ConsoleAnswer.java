package org.trailmark.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;

/** The one line a person types to confirm a command that cannot be undone. */
final class ConsoleAnswer {
    private ConsoleAnswer() {
    }

    /**
     * The next line from standard input in the terminal's charset; null when standard input is closed
     * or unreadable, which callers treat as a refusal (nobody is there to say yes).
     */
    static String readLine() {
        try {
            Charset charset = System.console() != null ? System.console().charset() : Charset.defaultCharset();
            return new BufferedReader(new InputStreamReader(System.in, charset)).readLine();
        } catch (IOException e) {
            return null;
        }
    }
}
