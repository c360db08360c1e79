package org.actortrends.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reads named tensors out of ONNX protocol buffer bytes built here field by field. */
class OnnxInitializerTest {
  private static void varint(ByteArrayOutputStream out, long v) {
    while ((v & ~0x7fL) != 0) {
      out.write((int) ((v & 0x7f) | 0x80));
      v >>>= 7;
    }
    out.write((int) v);
  }

  private static void bytesField(ByteArrayOutputStream out, int field, byte[] value) {
    varint(out, (long) field << 3 | 2);
    varint(out, value.length);
    out.writeBytes(value);
  }

  private static void varintField(ByteArrayOutputStream out, int field, long value) {
    varint(out, (long) field << 3);
    varint(out, value);
  }

  /** A TensorProto: dims (packed or not), data type, name, raw data. */
  private static byte[] tensor(String name, long[] dims, boolean packed, byte[] raw) {
    ByteArrayOutputStream t = new ByteArrayOutputStream();
    if (packed) {
      ByteArrayOutputStream d = new ByteArrayOutputStream();
      for (long x : dims) {
        varint(d, x);
      }
      bytesField(t, 1, d.toByteArray());
    } else {
      for (long x : dims) {
        varintField(t, 1, x);
      }
    }
    varintField(t, 2, OnnxInitializer.UINT8);
    bytesField(t, 8, name.getBytes(StandardCharsets.UTF_8));
    bytesField(t, 9, raw);
    return t.toByteArray();
  }

  private static byte[] model(byte[]... initializers) {
    ByteArrayOutputStream graph = new ByteArrayOutputStream();
    bytesField(graph, 2, "graph name".getBytes(StandardCharsets.UTF_8));
    for (byte[] t : initializers) {
      bytesField(graph, 5, t);
    }
    ByteArrayOutputStream m = new ByteArrayOutputStream();
    varintField(m, 1, 8); // ir_version
    bytesField(m, 2, "producer".getBytes(StandardCharsets.UTF_8));
    bytesField(m, 7, graph.toByteArray());
    return m.toByteArray();
  }

  @Test
  void findsATensorByNameWithItsShapeAndBytes() {
    byte[] raw = new byte[300];
    for (int i = 0; i < raw.length; i++) {
      raw[i] = (byte) i;
    }
    byte[] onnx = model(tensor("other", new long[] {2}, false, new byte[] {1, 2}),
        tensor("table", new long[] {150, 2}, true, raw));
    OnnxInitializer t = OnnxInitializer.find(onnx, "table");
    assertArrayEquals(new long[] {150, 2}, t.dims);
    assertEquals(OnnxInitializer.UINT8, t.dataType);
    assertEquals(300, t.rawLength());
    assertEquals(255, t.uint8(255));
    assertEquals(43, t.uint8(299)); // 299 & 0xff
    assertArrayEquals(new long[] {2}, OnnxInitializer.find(onnx, "other").dims);
  }

  @Test
  void aMissingTensorOrABrokenFileIsAClearError() {
    byte[] onnx = model(tensor("table", new long[] {1}, false, new byte[] {7}));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> OnnxInitializer.find(onnx, "tab"))
        .getMessage().contains("no initializer tab"));
    byte[] cut = java.util.Arrays.copyOf(onnx, onnx.length - 3);
    assertThrows(IllegalArgumentException.class, () -> OnnxInitializer.find(cut, "table"));
    assertThrows(IllegalArgumentException.class,
        () -> OnnxInitializer.find("not a model".getBytes(StandardCharsets.UTF_8), "table"));
  }
}
