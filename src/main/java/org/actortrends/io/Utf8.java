package org.actortrends.io;

/** UTF-8 sizes computed without encoding, so a size check costs no copy of a large record. */
final class Utf8 {

    private Utf8() {
    }

    /** Whether the UTF-8 encoding of {@code text} takes more than {@code maxBytes} bytes. */
    static boolean isLongerThan(String text, long maxBytes) {
        // Every char takes 1 to 3 bytes (a surrogate pair takes 4 for 2 chars), so most texts are decided by length.
        if (text.length() > maxBytes) {
            return true;
        }
        if (text.length() * 3L <= maxBytes) {
            return false;
        }
        return byteLength(text) > maxBytes;
    }

    static long byteLength(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
