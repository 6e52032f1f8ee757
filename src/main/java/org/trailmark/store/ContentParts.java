package org.trailmark.store;

import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes of one stored file read back from {@code media_content}, one part at a time: at most one
 * part (1 MiB) in memory, and the workspace's lock held only while a part is read, so a long download
 * never keeps other work of the same workspace waiting for long.
 */
final class ContentParts extends InputStream {
    private final Database db;
    private final String sha256;
    private final int parts;
    private int next;
    private byte[] current = new byte[0];
    private int position;

    ContentParts(Database db, String sha256, int parts) {
        this.db = db;
        this.sha256 = sha256;
        this.parts = parts;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (position == current.length) {
            if (next == parts) {
                return -1;
            }
            int wanted = next++;
            byte[] part = db.locked("read screen media", () -> MediaContent.part(db.connection(), sha256, wanted));
            if (part == null) {
                throw new IOException("part " + wanted + " of " + parts + " is no longer in the workspace");
            }
            current = part;
            position = 0;
        }
        int n = Math.min(length, current.length - position);
        System.arraycopy(current, position, into, offset, n);
        position += n;
        return n;
    }
}
