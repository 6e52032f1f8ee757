package org.trailmark.export;

import java.util.Locale;
import org.trailmark.replay.Action;

/** A coalesced action as the pyautogui call that would replay it, the way agent datasets write them. */
final class PyautoguiCall {
    private PyautoguiCall() {
    }

    /** The call for an action, or null for waits, which pyautogui has no call for. */
    static String of(Action a) {
        return switch (a.kind()) {
            case CLICK -> "pyautogui.click(" + a.x() + ", " + a.y() + ")";
            case DOUBLE_CLICK -> "pyautogui.doubleClick(" + a.x() + ", " + a.y() + ")";
            case RIGHT_CLICK -> "pyautogui.rightClick(" + a.x() + ", " + a.y() + ")";
            case MIDDLE_CLICK -> "pyautogui.middleClick(" + a.x() + ", " + a.y() + ")";
            case DRAG -> "pyautogui.moveTo(" + a.x() + ", " + a.y() + "); pyautogui.dragTo(" + a.toX() + ", "
                    + a.toY() + ", duration=" + seconds(a.durationMs()) + ")";
            // pyautogui scrolls up for positive clicks, as the captured notches do.
            case SCROLL -> a.scrollDx() != 0 && a.scrollDy() == 0
                    ? "pyautogui.hscroll(" + a.scrollDx() + ", x=" + a.x() + ", y=" + a.y() + ")"
                    : "pyautogui.scroll(" + a.scrollDy() + ", x=" + a.x() + ", y=" + a.y() + ")";
            case TYPE -> a.text() == null ? null : "pyautogui.write(" + quoted(a.text()) + ")";
            case HOTKEY -> "pyautogui.hotkey(" + keyList(a) + ")";
            case KEY -> a.keys().isEmpty() ? null : "pyautogui.press(" + quoted(a.keys().get(0)) + ")";
            case WAIT -> null;
        };
    }

    private static String keyList(Action a) {
        StringBuilder s = new StringBuilder();
        for (String k : a.keys()) {
            if (s.length() > 0) {
                s.append(", ");
            }
            s.append(quoted(k));
        }
        return s.toString();
    }

    private static String seconds(int ms) {
        return String.format(Locale.ROOT, "%.3f", ms / 1000.0);
    }

    /** A Python string literal: single-quoted with backslash escapes. */
    static String quoted(String text) {
        StringBuilder s = new StringBuilder("'");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> s.append("\\\\");
                case '\'' -> s.append("\\'");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('\'').toString();
    }
}
