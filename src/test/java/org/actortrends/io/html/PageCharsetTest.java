package org.actortrends.io.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageCharsetTest {
  private static final String TEXT = "<p>Un caf\u00e9 pr\u00e8s de Z\u00fcrich \u2013 \u20ac5</p>";

  @Test
  void theHeaderElseTheMetaElseUtf8() {
    assertEquals(TEXT, PageCharset.decode(TEXT.getBytes(Charset.forName("windows-1252")), "windows-1252"));
    String meta = "<meta charset=\"iso-8859-15\">" + TEXT.replace("\u2013", "-");
    assertEquals(meta, PageCharset.decode(meta.getBytes(Charset.forName("iso-8859-15")), null));
    assertEquals(TEXT, PageCharset.decode(TEXT.getBytes(StandardCharsets.UTF_8), null));
    assertEquals(TEXT, PageCharset.decode(TEXT.getBytes(StandardCharsets.UTF_8), "x-klingon"), "unknown: none");
  }

  @Test
  void aUtf8LabelOnBytesThatAreNotUtf8IsWindows1252() {
    assertEquals(TEXT, PageCharset.decode(TEXT.getBytes(Charset.forName("windows-1252")), "utf-8"));
    assertEquals(TEXT, PageCharset.decode(TEXT.getBytes(Charset.forName("windows-1252")), null));
  }

  @Test
  void aLatinLabelOnValidUtf8WithAccentsIsUtf8() {
    assertEquals(TEXT, PageCharset.decode(TEXT.getBytes(StandardCharsets.UTF_8), "iso-8859-1"));
    assertEquals("plain ascii", PageCharset.decode("plain ascii".getBytes(StandardCharsets.US_ASCII), "iso-8859-1"));
    byte[] cyrillic = "\u041f\u0440\u0438\u0432\u0435\u0442".getBytes(Charset.forName("windows-1251"));
    assertEquals("\u041f\u0440\u0438\u0432\u0435\u0442", PageCharset.decode(cyrillic, "windows-1251"),
        "other labelled charsets are trusted");
  }
}
