package org.actortrends.io;

import java.util.Locale;

/**
 * Takes the host out of a URL, leniently: news URLs are often not strictly valid (spaces, odd characters), and
 * {@link java.net.URI} would reject them although the host is plain to see.
 */
final class UrlHosts {

    private UrlHosts() {
    }

    /**
     * The lower-case host of {@code url} without a leading "www.", or null when there is none
     * (for example a relative URL).
     */
    static String hostOf(String url) {
        int authorityStart = authorityStart(url);
        if (authorityStart < 0) {
            return null;
        }
        int authorityEnd = indexOfAny(url, "/?#", authorityStart);
        String authority = url.substring(authorityStart, authorityEnd);
        String host = withoutPort(authority.substring(authority.lastIndexOf('@') + 1));
        host = host.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        return host.isBlank() ? null : host;
    }

    /** Where the authority begins: after "scheme://" or after a leading "//". */
    private static int authorityStart(String url) {
        if (url.startsWith("//")) {
            return 2;
        }
        int separator = url.indexOf("://");
        return separator > 0 ? separator + 3 : -1;
    }

    private static String withoutPort(String hostAndPort) {
        if (hostAndPort.startsWith("[")) {
            int close = hostAndPort.indexOf(']');
            return close > 0 ? hostAndPort.substring(0, close + 1) : hostAndPort;
        }
        int colon = hostAndPort.indexOf(':');
        return colon >= 0 ? hostAndPort.substring(0, colon) : hostAndPort;
    }

    private static int indexOfAny(String text, String chars, int from) {
        for (int i = from; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }
}
