package org.actortrends.io.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of a web page: in the charset of the HTTP header, else of the page's own {@code <meta charset>}
 * or http-equiv in its first {@value #SNIFF_BYTES} bytes, else UTF-8; an unknown name counts as none. Crawled pages
 * are often labelled wrongly, so two checks follow, both cheap and safe: bytes that are not valid UTF-8 under a UTF-8
 * label are Windows-1252 (the usual truth of such pages, a superset of Latin-1), and bytes labelled Latin-1,
 * Windows-1252 or ASCII that are valid UTF-8 with non-ASCII in them are UTF-8 (text in a single-byte charset almost
 * never forms valid multi-byte UTF-8 sequences).
 */
public final class PageCharset {
  /** How many bytes at the start of a page are searched for a declared charset. */
  public static final int SNIFF_BYTES = 4096;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

  private PageCharset() {}

  /** The page's text, decoded as the class comment says; {@code headerCharset} may be null. */
  public static String decode(byte[] body, String headerCharset) {
    Charset labelled = labelled(body, headerCharset);
    String strictUtf8 = strictUtf8(body);
    if (labelled.equals(StandardCharsets.UTF_8)) {
      return strictUtf8 != null ? strictUtf8 : new String(body, WINDOWS_1252);
    }
    if (isSingleByteLatin(labelled) && strictUtf8 != null && hasNonAscii(body)) {
      return strictUtf8;
    }
    return new String(body, labelled);
  }

  /** The charset the header or the page names, else UTF-8. */
  static Charset labelled(byte[] body, String headerCharset) {
    Charset declared = named(headerCharset);
    if (declared != null) {
      return declared;
    }
    Matcher m = META_CHARSET.matcher(new String(body, 0, Math.min(body.length, SNIFF_BYTES),
        StandardCharsets.ISO_8859_1));
    if (m.find()) {
      Charset meta = named(m.group(1));
      if (meta != null) {
        return meta;
      }
    }
    return StandardCharsets.UTF_8;
  }

  private static String strictUtf8(byte[] body) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static boolean isSingleByteLatin(Charset c) {
    return c.equals(StandardCharsets.ISO_8859_1) || c.equals(WINDOWS_1252) || c.equals(StandardCharsets.US_ASCII);
  }

  private static boolean hasNonAscii(byte[] body) {
    for (byte b : body) {
      if (b < 0) {
        return true;
      }
    }
    return false;
  }

  private static Charset named(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Charset.forName(name.trim().replace("\"", ""));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }
}
