package org.actortrends.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StoragePathsTest {
  @Test
  void objectStorePathsAreRemoteAndLocalOnesAreNot() {
    assertTrue(StoragePaths.isRemote("s3://bucket/prefix"));
    assertTrue(StoragePaths.isRemote("gs://bucket"));
    assertFalse(StoragePaths.isRemote("out"));
    assertFalse(StoragePaths.isRemote("/data/corpus/*.jsonl"));
    assertFalse(StoragePaths.isRemote("file:///data/out"));
    assertFalse(StoragePaths.isRemote("C:\\\\data"));
  }

  @Test
  void trailingSlashesNameTheSamePrefix() {
    assertEquals("s3://bucket/out", StoragePaths.withoutTrailingSlash("s3://bucket/out//"));
    assertEquals("s3://bucket", StoragePaths.withoutTrailingSlash("s3://bucket/"));
    assertEquals("s3://", StoragePaths.withoutTrailingSlash("s3://"));
  }
}
