package org.actortrends.io;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;

/**
 * Drops a byte order mark at the very start of the text, which some Windows tools write. The check happens on the
 * first read, not on construction, so that a failing stream fails where the readers report read errors.
 */
final class BomSkippingReader extends PushbackReader {

    private static final char BOM = '\uFEFF';

    private boolean checked;

    BomSkippingReader(Reader in) {
        super(in, 1);
    }

    @Override
    public int read() throws IOException {
        skipBomOnce();
        return super.read();
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        skipBomOnce();
        return super.read(buffer, offset, length);
    }

    @Override
    public long skip(long count) throws IOException {
        skipBomOnce();
        return super.skip(count);
    }

    private void skipBomOnce() throws IOException {
        if (checked) {
            return;
        }
        checked = true;
        int first = super.read();
        if (first != -1 && first != BOM) {
            unread(first);
        }
    }
}
