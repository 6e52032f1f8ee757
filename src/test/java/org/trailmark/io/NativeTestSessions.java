package org.trailmark.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.trailmark.model.ConsentReference;
import org.trailmark.model.EventKind;
import org.trailmark.model.FieldRole;
import org.trailmark.model.PointerButton;
import org.trailmark.model.Screen;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionLog;
import org.trailmark.model.SessionLogBuilder;

/** Sessions and files shared by the native format tests. */
final class NativeTestSessions {
    static final String HEADER = "{\"format\":\"trailmark-session\",\"version\":\"1.0\",\"session\":\"s-0001\","
            + "\"subject\":\"subj-ana\",\"start\":\"2026-03-02T09:14:00.000+01:00\",\"time_unit\":\"ms\","
            + "\"screens\":[{\"id\":0,\"x\":0,\"y\":0,\"width\":1920,\"height\":1080,\"scale\":1.0}]}";

    private NativeTestSessions() {
    }

    static SessionInfo info() {
        return new SessionInfo("s-0001", "subj-ana", "native", OffsetDateTime.parse("2026-03-02T09:14:00.000+01:00"),
                List.of(new Screen(0, 0, 0, 1920, 1080, 1.0), new Screen(1, 1920, -120, 2560, 1440, 1.25)),
                "trailmark-generate", "0.1.0",
                new ConsentReference("acme-capture", "3", List.of("capture", "training"),
                        OffsetDateTime.parse("2026-03-01T08:00:00Z")),
                "Reply to the \"quarterly\" mail\nand archive it");
    }

    /** Every event kind, every button and role, and strings that need escaping or are not ASCII. */
    static SessionLog everyKind() {
        SessionLogBuilder b = new SessionLogBuilder();
        b.focus(0, "Firefox", "Inbox — Mail \"work\" \\ tab\t1");
        b.pointerMove(8, 100, 200);
        b.pointerMove(8, -1919, 1079);
        int t = 9;
        for (PointerButton button : PointerButton.values()) {
            b.button(t++, true, button, 100, 200);
            b.button(t++, false, button, 101, 201);
        }
        b.wheel(20, 100, 200, 0, -3);
        b.wheel(21, 100, 200, 2, 0);
        b.key(30, true, "KeyA", "a");
        b.key(95, false, "KeyA", null);
        b.key(96, true, "ShiftLeft", null);
        b.key(97, true, "KeyÉ", "É");
        b.key(98, true, "Digit1", "!");
        b.key(99, true, "Quote", "\"");
        b.key(100, true, "Backslash", "\\");
        b.key(101, true, "Enter", null);
        b.key(102, true, "Unidentified", "😀");
        b.key(103, true, "Unidentified", "\u0001\u001f\u007f");
        int role = 110;
        for (FieldRole r : FieldRole.values()) {
            b.field(role++, r, r == FieldRole.NONE ? null : "Label " + r.wireName());
        }
        b.pause(200);
        b.resume(300);
        b.marker(400, "start task");
        b.marker(401, null);
        b.clipboard(450, 0, null);
        b.clipboard(451, 12, null);
        b.clipboard(452, 4, "pa\"ss");
        b.focus(500, null, "only a title");
        b.focus(501, "Terminal", null);
        b.focus(502, null, null);
        b.pointerMove(Integer.MAX_VALUE, 1_000_000, -1_000_000);
        return b.build();
    }

    static void assertSameLog(SessionLog actual, SessionLog expected) {
        assertThat(actual.size()).isEqualTo(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            String at = "event " + i;
            assertThat(actual.time(i)).as(at).isEqualTo(expected.time(i));
            assertThat(actual.kind(i)).as(at).isEqualTo(expected.kind(i));
            assertThat(actual.x(i)).as(at).isEqualTo(expected.x(i));
            assertThat(actual.y(i)).as(at).isEqualTo(expected.y(i));
            EventKind kind = expected.kind(i);
            boolean aIsString = kind.isKey() || kind == EventKind.FOCUS || kind == EventKind.MARKER;
            boolean bIsString = kind.isKey() || kind == EventKind.FOCUS || kind == EventKind.FIELD;
            if (aIsString) {
                assertThat(actual.string(actual.a(i))).as(at).isEqualTo(expected.string(expected.a(i)));
            } else {
                assertThat(actual.a(i)).as(at).isEqualTo(expected.a(i));
            }
            if (bIsString) {
                assertThat(actual.string(actual.b(i))).as(at).isEqualTo(expected.string(expected.b(i)));
            } else if (kind != EventKind.MARKER) {
                assertThat(actual.b(i)).as(at).isEqualTo(expected.b(i));
            }
        }
    }

    static Path writeLines(Path dir, String name, String... lines) throws IOException {
        return writeBytes(dir, name, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Writes the bytes, gzipped when the name ends in .gz. */
    static Path writeBytes(Path dir, String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        if (name.endsWith(".gz")) {
            Files.write(file, gzip(bytes));
        } else {
            Files.write(file, bytes);
        }
        return file;
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }
}
