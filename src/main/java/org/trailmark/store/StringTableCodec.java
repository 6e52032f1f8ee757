package org.trailmark.store;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** A session's interned strings as one compressed blob: count, then length-prefixed UTF-8. */
final class StringTableCodec {
    private static final int MAX_RAW_LENGTH = Integer.MAX_VALUE - 16;

    private StringTableCodec() {
    }

    static byte[] encode(List<String> strings) {
        ByteWriter out = new ByteWriter(256);
        out.writeUnsignedVarint(strings.size());
        for (String s : strings) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            out.writeUnsignedVarint(utf8.length);
            out.writeBytes(utf8, 0, utf8.length);
        }
        return Compression.deflate(out.array(), out.size(), EventChunkCodec.DEFAULT_LEVEL);
    }

    static String[] decode(byte[] blob) {
        byte[] raw = Compression.inflate(blob, MAX_RAW_LENGTH);
        ByteReader in = new ByteReader(raw, 0, raw.length);
        int count = in.readUnsignedVarint();
        if (count < 0 || count > raw.length) {
            throw new DamagedDataException("implausible string count");
        }
        String[] strings = new String[count];
        for (int i = 0; i < count; i++) {
            int len = in.readUnsignedVarint();
            if (len < 0 || len > in.remaining()) {
                throw new DamagedDataException("string runs past the end");
            }
            strings[i] = new String(raw, in.position(), len, StandardCharsets.UTF_8);
            in.skip(len);
        }
        if (in.remaining() != 0) {
            throw new DamagedDataException("string table holds more data than its strings");
        }
        return strings;
    }
}
