package org.actortrends.extract;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One stored tensor (an "initializer": a weight matrix) of an ONNX model, read straight from the model's protocol
 * buffer bytes: its shape, element type and raw bytes. Only what {@link WordVectors} needs: tensors stored as
 * {@code raw_data}, found by name in the model's graph. The field numbers are those of ONNX's {@code onnx.proto}
 * (ModelProto.graph = 7, GraphProto.initializer = 5; TensorProto dims = 1, data_type = 2, name = 8, raw_data = 9).
 */
final class OnnxInitializer {
  /** TensorProto.DataType of unsigned bytes (quantized weights). */
  static final int UINT8 = 2;

  final long[] dims;
  final int dataType;
  private final byte[] model;
  private final int rawFrom;
  private final int rawTo;

  private OnnxInitializer(long[] dims, int dataType, byte[] model, int rawFrom, int rawTo) {
    this.dims = dims;
    this.dataType = dataType;
    this.model = model;
    this.rawFrom = rawFrom;
    this.rawTo = rawTo;
  }

  /** Element {@code i} of a UINT8 tensor, row-major. */
  int uint8(long i) {
    return model[rawFrom + (int) i] & 0xff;
  }

  /** Bytes of its raw data. */
  int rawLength() {
    return rawTo - rawFrom;
  }

  /** The initializer named {@code name} of ONNX model {@code model}; fails if there is none or it has no raw data. */
  static OnnxInitializer find(byte[] model, String name) {
    Reader graph = new Reader(model, 0, model.length).message(7);
    if (graph == null) {
      throw new IllegalArgumentException("not an ONNX model: no graph");
    }
    byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
    for (Reader r = graph; r.next(); ) {
      if (r.field != 5 || r.wire != 2) {
        continue;
      }
      Reader t = new Reader(model, r.from, r.to);
      long[] dims = new long[0];
      int dataType = -1;
      boolean named = false;
      int rawFrom = -1;
      int rawTo = -1;
      while (t.next()) {
        if (t.field == 1 && t.wire == 0) {
          dims = append(dims, t.value);
        } else if (t.field == 1 && t.wire == 2) {
          for (Reader packed = new Reader(model, t.from, t.to); packed.hasMore(); ) {
            dims = append(dims, packed.varint());
          }
        } else if (t.field == 2 && t.wire == 0) {
          dataType = (int) t.value;
        } else if (t.field == 8 && t.wire == 2) {
          named = Arrays.equals(model, t.from, t.to, wanted, 0, wanted.length);
        } else if (t.field == 9 && t.wire == 2) {
          rawFrom = t.from;
          rawTo = t.to;
        }
      }
      if (named) {
        if (rawFrom < 0) {
          throw new IllegalArgumentException("ONNX initializer " + name + " has no raw data");
        }
        return new OnnxInitializer(dims, dataType, model, rawFrom, rawTo);
      }
    }
    throw new IllegalArgumentException("ONNX model has no initializer " + name);
  }

  private static long[] append(long[] a, long v) {
    long[] b = Arrays.copyOf(a, a.length + 1);
    b[a.length] = v;
    return b;
  }

  /** Walks the fields of one protocol buffer message in {@code [from, to)} of {@code bytes}. */
  private static final class Reader {
    private final byte[] bytes;
    private final int end;
    private int pos;
    int field;
    int wire;
    /** The value of a varint field. */
    long value;
    /** The bytes of a length-delimited field. */
    int from;
    int to;

    Reader(byte[] bytes, int from, int to) {
      this.bytes = bytes;
      this.pos = from;
      this.end = to;
    }

    boolean hasMore() {
      return pos < end;
    }

    /** Moves to the next field; false at the end of the message. */
    boolean next() {
      if (pos >= end) {
        return false;
      }
      long key = varint();
      field = (int) (key >>> 3);
      wire = (int) (key & 7);
      switch (wire) {
        case 0 -> value = varint();
        case 1 -> pos += 8;
        case 5 -> pos += 4;
        case 2 -> {
          int length = (int) varint();
          from = pos;
          to = pos + length;
          if (length < 0 || to > end) {
            throw new IllegalArgumentException("ONNX model is truncated or not protocol buffers");
          }
          pos = to;
        }
        default -> throw new IllegalArgumentException("ONNX model: unsupported wire type " + wire);
      }
      return true;
    }

    /** The first length-delimited field numbered {@code number}, as a reader, or null. */
    Reader message(int number) {
      while (next()) {
        if (field == number && wire == 2) {
          return new Reader(bytes, from, to);
        }
      }
      return null;
    }

    long varint() {
      long result = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        if (pos >= end) {
          throw new IllegalArgumentException("ONNX model is truncated");
        }
        byte b = bytes[pos++];
        result |= (long) (b & 0x7f) << shift;
        if (b >= 0) {
          return result;
        }
      }
      throw new IllegalArgumentException("ONNX model: malformed varint");
    }
  }
}
