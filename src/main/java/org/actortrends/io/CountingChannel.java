package org.actortrends.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;

/** Counts the bytes read through a channel: the stored (compressed) bytes of an input file, for progress. */
final class CountingChannel implements ReadableByteChannel {
  private final ReadableByteChannel in;
  private long bytes;

  CountingChannel(ReadableByteChannel in) {
    this.in = in;
  }

  long bytes() {
    return bytes;
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    int n = in.read(dst);
    if (n > 0) {
      bytes += n;
    }
    return n;
  }

  @Override
  public boolean isOpen() {
    return in.isOpen();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
