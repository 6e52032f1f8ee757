package org.trailmark.io.keys;

import java.util.Optional;

/**
 * Reads the Python string literal pynput's {@code str(KeyCode)} produces, e.g. {@code 'a'},
 * {@code "'"} or {@code '\x01'}. Only the escapes {@code repr()} emits are understood.
 */
final class PythonLiteral {
    private PythonLiteral() {
    }

    static Optional<String> unquote(String literal) {
        if (literal.length() < 3) {
            return Optional.empty();
        }
        char quote = literal.charAt(0);
        if ((quote != '\'' && quote != '"') || literal.charAt(literal.length() - 1) != quote) {
            return Optional.empty();
        }
        String body = literal.substring(1, literal.length() - 1);
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (i + 1 >= body.length()) {
                return Optional.empty();
            }
            char e = body.charAt(++i);
            switch (e) {
                case '\\', '\'', '"' -> out.append(e);
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'x' -> {
                    if (!appendHex(body, i + 1, 2, out)) {
                        return Optional.empty();
                    }
                    i += 2;
                }
                case 'u' -> {
                    if (!appendHex(body, i + 1, 4, out)) {
                        return Optional.empty();
                    }
                    i += 4;
                }
                case 'U' -> {
                    if (!appendHex(body, i + 1, 8, out)) {
                        return Optional.empty();
                    }
                    i += 8;
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(out.toString());
    }

    private static boolean appendHex(String s, int from, int digits, StringBuilder out) {
        if (from + digits > s.length()) {
            return false;
        }
        try {
            int codePoint = Integer.parseInt(s.substring(from, from + digits), 16);
            if (!Character.isValidCodePoint(codePoint)) {
                return false;
            }
            out.appendCodePoint(codePoint);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
