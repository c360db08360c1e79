package org.actortrends.io;

import java.util.List;
import java.util.NoSuchElementException;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.BoundedSource;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * The corpus files' names as a source with one split per file. Runners hand a bounded source's
 * splits to workers as they ask for work (Flink's split assigner does), so every core keeps reading until the last
 * file is taken; spreading the names with a shuffle on random keys instead left one core idle for a file or more
 * at the end of the reading (8 files on two cores: one finished 9 s before the other).
 */
final class CorpusFileSource extends BoundedSource<String> {
  private final List<String> files;

  CorpusFileSource(List<String> files) {
    this.files = List.copyOf(files);
  }

  @Override
  public List<CorpusFileSource> split(long desiredBundleSizeBytes, PipelineOptions options) {
    return files.stream().map(file -> new CorpusFileSource(List.of(file))).toList();
  }

  @Override
  public long getEstimatedSizeBytes(PipelineOptions options) {
    return InputFiles.totalBytes(files);
  }

  @Override
  public Coder<String> getOutputCoder() {
    return StringUtf8Coder.of();
  }

  @Override
  public BoundedReader<String> createReader(PipelineOptions options) {
    return new NamesReader(this);
  }

  /** Yields the source's file names; the reading itself happens downstream, one file per element. */
  private static final class NamesReader extends BoundedReader<String> {
    private final CorpusFileSource source;
    private int next = -1;

    NamesReader(CorpusFileSource source) {
      this.source = source;
    }

    @Override
    public boolean start() {
      return advance();
    }

    @Override
    public boolean advance() {
      next++;
      return next < source.files.size();
    }

    @Override
    public String getCurrent() {
      if (next < 0 || next >= source.files.size()) {
        throw new NoSuchElementException();
      }
      return source.files.get(next);
    }

    @Override
    public void close() {}

    @Override
    public CorpusFileSource getCurrentSource() {
      return source;
    }
  }
}
