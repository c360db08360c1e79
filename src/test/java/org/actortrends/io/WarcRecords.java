package org.actortrends.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** Builds WARC 1.0 records byte by byte for tests, crawled at {@link #CRAWL}; gzip one member per record. */
public final class WarcRecords {
  public static final String CRAWL = "2025-08-20T06:00:00Z";
  private static int ids;

  private WarcRecords() {}

  /** An HTTP response record of {@code url} with this status, content type and body. */
  public static byte[] response(String url, int status, String contentType, byte[] body) {
    byte[] head = ("HTTP/1.1 " + status + " X\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length
        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    return record("response", url, "application/http; msgtype=response", concat(head, body));
  }

  public static byte[] record(String type, String url, String contentType, byte[] block) {
    return concat(head(type, url, contentType, block.length), block, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  /** The WARC header of a record whose block of {@code length} bytes the caller writes itself. */
  public static synchronized byte[] head(String type, String url, String contentType, long length) {
    StringBuilder h = new StringBuilder("WARC/1.0\r\nWARC-Type: ").append(type).append("\r\n")
        .append("WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-").append(String.format("%012d", ++ids))
        .append(">\r\nWARC-Date: ").append(CRAWL).append("\r\n");
    if (url != null) {
      h.append("WARC-Target-URI: ").append(url).append("\r\n");
    }
    h.append("Content-Type: ").append(contentType).append("\r\nContent-Length: ").append(length).append("\r\n\r\n");
    return h.toString().getBytes(StandardCharsets.US_ASCII);
  }

  public static byte[] gz(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  public static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
