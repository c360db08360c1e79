package org.actortrends.io;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.util.Objects;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.SeekableInputStream;

/**
 * A Parquet {@link InputFile} over one open {@link SeekableByteChannel} (as Beam's {@code FileSystems.open} gives
 * for a local file or an S3 object), so Parquet corpus files are read without Hadoop paths. The channel is shared
 * by every stream opened on it and is closed by the caller, not by the streams.
 */
public final class SeekableChannelInputFile implements InputFile {

    private final SeekableByteChannel channel;

    public SeekableChannelInputFile(SeekableByteChannel channel) {
        this.channel = Objects.requireNonNull(channel, "channel");
    }

    @Override
    public long getLength() throws IOException {
        return channel.size();
    }

    @Override
    public SeekableInputStream newStream() {
        return new ChannelStream(channel);
    }

    private static final class ChannelStream extends SeekableInputStream {
        private final SeekableByteChannel channel;
        private long position;

        ChannelStream(SeekableByteChannel channel) {
            this.channel = channel;
        }

        @Override
        public long getPos() {
            return position;
        }

        @Override
        public void seek(long newPos) {
            position = newPos;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n <= 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] bytes, int off, int len) throws IOException {
            return read(ByteBuffer.wrap(bytes, off, len));
        }

        @Override
        public int read(ByteBuffer buf) throws IOException {
            if (!buf.hasRemaining()) {
                return 0;
            }
            channel.position(position);
            int n = channel.read(buf);
            if (n > 0) {
                position += n;
            }
            return n;
        }

        @Override
        public void readFully(byte[] bytes) throws IOException {
            readFully(bytes, 0, bytes.length);
        }

        @Override
        public void readFully(byte[] bytes, int start, int len) throws IOException {
            readFully(ByteBuffer.wrap(bytes, start, len));
        }

        @Override
        public void readFully(ByteBuffer buf) throws IOException {
            while (buf.hasRemaining()) {
                if (read(buf) < 0) {
                    throw new EOFException("reached the end of the file with " + buf.remaining() + " bytes to read");
                }
            }
        }

        @Override
        public void close() {
            // The channel belongs to the caller.
        }
    }
}
