package org.actortrends.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.NullableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;

/**
 * An input record the job did not accept, with where it was and why; written to {@code OUTPUT/_rejected/} as one
 * JSON object per line.
 *
 * @param raw the record as read, cut to {@link #MAX_RAW_CHARS}; null when the record is a duplicate whose first
 *     copy is elsewhere in the corpus
 */
public record RejectedRecord(String file, long line, String reason, String detail, String raw) {
  public static final int MAX_RAW_CHARS = 10 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();

  public static RejectedRecord of(String file, long line, String reason, String detail, String raw) {
    String cut = raw == null || raw.length() <= MAX_RAW_CHARS ? raw : raw.substring(0, MAX_RAW_CHARS);
    return new RejectedRecord(file, line, reason, detail, cut);
  }

  public String toJson() {
    ObjectNode node = JSON.createObjectNode();
    node.put("file", file);
    node.put("line", line);
    node.put("reason", reason);
    node.put("detail", detail);
    node.put("raw", raw);
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Compact coder: strings and a varint, no Java serialization. */
  public static final class Coder extends AtomicCoder<RejectedRecord> {
    private static final Coder INSTANCE = new Coder();
    private static final NullableCoder<String> NULLABLE = NullableCoder.of(StringUtf8Coder.of());

    public static Coder of() {
      return INSTANCE;
    }

    @Override
    public void encode(RejectedRecord r, OutputStream out) throws IOException {
      StringUtf8Coder.of().encode(r.file, out);
      VarLongCoder.of().encode(r.line, out);
      StringUtf8Coder.of().encode(r.reason, out);
      NULLABLE.encode(r.detail, out);
      NULLABLE.encode(r.raw, out);
    }

    @Override
    public RejectedRecord decode(InputStream in) throws IOException {
      return new RejectedRecord(StringUtf8Coder.of().decode(in), VarLongCoder.of().decode(in),
          StringUtf8Coder.of().decode(in), NULLABLE.decode(in), NULLABLE.decode(in));
    }
  }
}
