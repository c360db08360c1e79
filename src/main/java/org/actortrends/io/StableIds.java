package org.actortrends.io;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Ids for articles that come without one, the same on every run so that re-reading a corpus gives the same ids. */
final class StableIds {

    private static final String PREFIX = "h-";
    private static final int HEX_CHARS = 16;

    private StableIds() {
    }

    /** "h-" followed by the first 16 hex characters of the SHA-256 of {@code content} in UTF-8. */
    static String of(String content) {
        byte[] digest = sha256().digest(content.getBytes(StandardCharsets.UTF_8));
        return PREFIX + HexFormat.of().formatHex(digest, 0, HEX_CHARS / 2);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
