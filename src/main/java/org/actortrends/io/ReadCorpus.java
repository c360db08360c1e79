package org.actortrends.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.Read;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Reads corpus files (JSON Lines, news-please JSON, CSV, WARC or Parquet; for all but Parquet any compression Beam
 * detects from the extension) and turns each accepted
 * article into a compact result with an {@link ArticleProcessor}, or into a rejected record. Each file is streamed
 * record by record; every record read yields exactly one of the two. WARC records that are not articles (requests,
 * warcinfo, non-HTML or non-200 responses...) are not read records: they are counted in the Beam counters
 * {@code warc_skipped_KIND}, and WARC articles dated by their crawl time in {@code dated_by_crawl_time} (see
 * {@link WarcReader}).
 *
 * @param <T> the processor's result per article
 */
public class ReadCorpus<T> extends PTransform<PBegin, PCollectionTuple> {
  public static final TupleTag<RejectedRecord> REJECTED = new TupleTag<>() {};
  /**
   * Counts of what WARC files held besides read records, one (name, n) per file and name:
   * {@code warc_skipped:KIND} (records that are not articles, by kind) and {@code dated_by_crawl_time}.
   */
  /**
   * Counts by name, per file, of what reading noted besides articles and rejections: records of a WARC file that
   * are not articles ({@code warc_skipped:KIND}), articles dated by their crawl time, and articles the processor set
   * aside (see {@link ArticleProcessor#process}).
   */
  public static final TupleTag<KV<String, Long>> NOTES = new TupleTag<>() {};

  private final TupleTag<T> articles = new TupleTag<>() {};
  private final List<String> files;
  /** The format of every file ({@code --format}), or null to tell each file's format from its name. */
  private final CorpusFormat formatForAll;
  private final FieldNames fields;
  private final String timezone;
  private final ReadLimits limits;
  private final ArticleProcessor<T> processor;
  private final Coder<T> coder;
  private String progressDir;

  public ReadCorpus(List<String> files, Optional<CorpusFormat> formatForAll, FieldNames fields, String timezone,
      ReadLimits limits, ArticleProcessor<T> processor, Coder<T> coder) {
    this.files = files;
    this.formatForAll = formatForAll.orElse(null);
    this.fields = fields;
    this.timezone = timezone;
    this.limits = limits;
    this.processor = processor;
    this.coder = coder;
  }

  /** Also writes each file's {@link ProgressMarks} to {@code dir} as it is read. */
  public ReadCorpus<T> withProgressMarks(String dir) {
    this.progressDir = dir;
    return this;
  }

  /** The tag of the processed articles in the output. */
  public TupleTag<T> articles() {
    return articles;
  }

  @Override
  public PCollectionTuple expand(PBegin begin) {
    PCollectionTuple result = begin
        .apply("ListFiles", Read.from(new CorpusFileSource(files))) // one split per file, taken by free workers
        .apply("Parse", ParDo.of(new ParseFileFn<>(formatForAll, fields, timezone, limits, processor, articles, progressDir))
            .withOutputTags(articles, TupleTagList.of(REJECTED).and(NOTES)));
    result.get(articles).setCoder(coder);
    result.get(REJECTED).setCoder(RejectedRecord.Coder.of());
    result.get(NOTES).setCoder(KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of()));
    return result;
  }

  static class ParseFileFn<T> extends DoFn<String, T> {
    private final Counter read = Metrics.counter(ReadCorpus.class, "read");
    private final Counter accepted = Metrics.counter(ReadCorpus.class, "parsed");
    private final CorpusFormat formatForAll;
    private final FieldNames fields;
    private final String timezone;
    private final ReadLimits limits;
    private final ArticleProcessor<T> processor;
    private final TupleTag<T> articles;
    private final String progressDir;
    private transient ArticleParser parser;
    private final Counter datedByCrawlTime = Metrics.counter(ReadCorpus.class, "dated_by_crawl_time");

    ParseFileFn(CorpusFormat formatForAll, FieldNames fields, String timezone, ReadLimits limits,
        ArticleProcessor<T> processor, TupleTag<T> articles, String progressDir) {
      this.formatForAll = formatForAll;
      this.progressDir = progressDir;
      this.fields = fields;
      this.timezone = timezone;
      this.limits = limits;
      this.processor = processor;
      this.articles = articles;
    }

    @Setup
    public void setup() {
      parser = new ArticleParser(fields, ZoneId.of(timezone), limits.maxArticleBytes());
      processor.setup();
    }

    @Teardown
    public void teardown() {
      processor.teardown();
    }

    @ProcessElement
    public void process(@Element String name, MultiOutputReceiver out) {
      CorpusFormat format = CorpusFormat.of(name, formatForAll);
      ProgressMarks.Writer progress = ProgressMarks.writer(progressDir, name);
      long[] records = {0};
      Map<String, Long> notes = new TreeMap<>();
      Consumer<String> setAside = note -> notes.merge(note, 1L, Long::sum);
      MatchResult.Metadata file;
      try {
        file = FileSystems.matchSingleFileSpec(name);
      } catch (IOException e) {
        readError(name, -1, "cannot open: " + e, 0, out); // gone since the client listed it
        progress.done(0, 0);
        return;
      }
      if (format == CorpusFormat.PARQUET) {
        readParquet(file, name, records, progress, setAside, out);
      } else {
        readStream(file, name, format, records, progress, setAside, out);
      }
      progress.done(file.sizeBytes(), records[0]); // a file cut short by an error is done too
      notes.forEach((note, n) -> out.get(NOTES).output(KV.of(note, n)));
    }

    /** Every format but Parquet: read in one pass, decompressed as the file's name or --format says. */
    private void readStream(MatchResult.Metadata file, String name, CorpusFormat format, long[] records,
        ProgressMarks.Writer progress, Consumer<String> note, MultiOutputReceiver out) {
      WarcReader.Listener warcListener = new WarcReader.Listener() {
        @Override
        public void skipped(String kind) {
          Metrics.counter(ReadCorpus.class, "warc_skipped_" + kind).inc();
          note.accept("warc_skipped:" + kind);
        }

        @Override
        public void datedByCrawlTime() {
          datedByCrawlTime.inc();
          note.accept("dated_by_crawl_time");
        }
      };
      // Decompressed as the name says, counting the stored bytes read on the way for progress.
      try (CountingChannel raw = new CountingChannel(FileSystems.open(file.resourceId()));
          InputStream in = new LimitedInputStream(
              Channels.newInputStream(Compression.detect(name).readDecompressed(raw)), limits.maxFileBytes())) {
        CorpusRecordReader.read(in, format, parser, record -> {
          emit(name, record, records, note, out);
          progress.update(raw.bytes(), records[0]);
        }, warcListener);
      } catch (IOException e) {
        readError(name, -1, "cannot open: " + e, records[0], out); // the file vanished or is unreadable
      }
    }

    /** Parquet needs random access: the file is opened seekable and read as it is, never decompressed. */
    private void readParquet(MatchResult.Metadata file, String name, long[] records, ProgressMarks.Writer progress,
        Consumer<String> setAside, MultiOutputReceiver out) {
      try (ReadableByteChannel opened = FileSystems.open(file.resourceId())) {
        if (!(opened instanceof SeekableByteChannel channel)) {
          readError(name, -1, "cannot read Parquet: its filesystem gives no random access", 0, out);
          return;
        }
        if (channel.size() > limits.maxFileBytes()) {
          readError(name, -1, "the file is larger than --maxFileBytes=" + limits.maxFileBytes() + " bytes", 0, out);
          return;
        }
        ParquetCorpusReader.read(new SeekableChannelInputFile(channel), parser, fields, record -> {
          emit(name, record, records, setAside, out);
          progress.update(0, records[0]);
        });
      } catch (IOException e) {
        readError(name, -1, "cannot open: " + e, records[0], out);
      }
    }

    private void emit(String name, ParsedRecord record, long[] records, Consumer<String> setAside,
        MultiOutputReceiver out) {
      if (record.reason() == RejectReason.READ_ERROR) {
        readError(name, record.line(), record.detail(), records[0], out);
        return;
      }
      records[0]++;
      read.inc();
      if (record.accepted()) {
        accepted.inc();
        T result = processor.process(name, record.line(), record.article(), setAside);
        if (result != null) {
          out.get(articles).output(result);
        }
      } else {
        rejected(record.reason().code()).inc();
        out.get(REJECTED).output(
            RejectedRecord.of(name, record.line(), record.reason().code(), record.detail(), record.raw()));
      }
    }

    /**
     * A file that cannot be read to its end: with --onCorruptFile=skip one rejected record (what was read before
     * it stands, and the rest of the corpus is read); otherwise the run fails with one line naming the file.
     */
    private void readError(String file, long line, String detail, long recordsBefore, MultiOutputReceiver out) {
      String where = detail + "; " + recordsBefore + " records read before it";
      if (!limits.skipCorruptFiles()) {
        throw new CorruptInputException("cannot read " + file + (line > 0 ? " at line " + line : "") + ": " + where
            + " (--onCorruptFile=skip reads the rest of the corpus)");
      }
      read.inc();
      rejected(RejectReason.READ_ERROR.code()).inc();
      out.get(REJECTED).output(RejectedRecord.of(file, Math.max(line, 1), RejectReason.READ_ERROR.code(), where,
          null));
    }

    private static Counter rejected(String reason) {
      return Metrics.counter(ReadCorpus.class, "rejected_" + reason);
    }
  }
}
