package org.actortrends.bench;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.function.Consumer;
import org.actortrends.io.ArticleParser;
import org.actortrends.io.CorpusFormat;
import org.actortrends.io.CorpusRecordReader;
import org.actortrends.io.ParquetCorpusReader;
import org.actortrends.io.ParsedRecord;
import org.actortrends.io.SeekableChannelInputFile;
import org.apache.beam.sdk.io.Compression;

/**
 * Reads one corpus file outside Beam with the job's own readers, in any format, and measures what bench rates are
 * per: the input as stored, uncompressed. That is the decompressed stream for the text formats and WARC (all of
 * it, pages and records that are not articles included) and the file itself for Parquet, which is compressed
 * inside and read as it is.
 */
public final class CorpusFiles {
  private CorpusFiles() {}

  /** Passes every record read to {@code sink}, as the job reads them; returns the file's uncompressed bytes. */
  public static long read(String file, ArticleParser parser, Consumer<ParsedRecord> sink) throws IOException {
    CorpusFormat format = CorpusFormat.forFileName(file);
    if (format == CorpusFormat.PARQUET) {
      try (SeekableByteChannel channel = Files.newByteChannel(Paths.get(file))) {
        ParquetCorpusReader.read(new SeekableChannelInputFile(channel), parser, parser.fields(), sink);
        return channel.size();
      }
    }
    try (CountingStream in = new CountingStream(Channels.newInputStream(
        Compression.detect(file).readDecompressed(Files.newByteChannel(Paths.get(file)))))) {
      CorpusRecordReader.read(in, format, parser, sink);
      try {
        in.transferTo(OutputStream.nullOutputStream()); // what the reader left unread is input all the same
      } catch (IOException brokenTail) {
        // the reader has passed it on as a read_error record; the bytes before it count
      }
      return in.count;
    }
  }

  /** Counts the bytes read through it. */
  private static final class CountingStream extends FilterInputStream {
    long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count += b < 0 ? 0 : 1;
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count += Math.max(n, 0);
      return n;
    }
  }
}
