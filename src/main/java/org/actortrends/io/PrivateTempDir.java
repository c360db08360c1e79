package org.actortrends.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

/**
 * One temporary folder per process, inside the system's, removed when the process ends: normally, on failure or on
 * Ctrl-C (a shutdown hook). Embedded Flink puts its cluster's working folders, uploads and RPC jar under
 * {@code java.io.tmpdir}, and never removes some of them; so {@link #install} points {@code java.io.tmpdir} here
 * before any library reads it. A process killed outright cannot clean up: its folder is removed by the next process
 * that starts, which can tell it is dead because the lock the owner held on {@value #OWNER} is free.
 */
public final class PrivateTempDir {
  static final String PREFIX = "actor-trends-";
  static final String OWNER = ".owner";

  private PrivateTempDir() {}

  /** Creates the folder, removes dead processes' folders beside it and sets {@code java.io.tmpdir} to it. */
  public static Path install() {
    Path system = Paths.get(System.getProperty("java.io.tmpdir"));
    try {
      removeDeadSiblings(system);
      Path dir = Files.createTempDirectory(system, PREFIX);
      FileChannel owner = FileChannel.open(dir.resolve(OWNER), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      owner.lock(); // held until the process ends; released with the channel
      Runtime.getRuntime().addShutdownHook(new Thread(() -> remove(dir, owner), "remove-temp-dir"));
      System.setProperty("java.io.tmpdir", dir.toString());
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary folder in " + system, e);
    }
  }

  private static void remove(Path dir, FileChannel owner) {
    // Flink's own shutdown hooks may still be writing: try a few times.
    for (int attempt = 0; attempt < 5 && Files.exists(dir); attempt++) {
      try {
        OutputCommitter.deleteRecursively(dir);
      } catch (UncheckedIOException busy) {
        sleep(200);
      }
    }
    try {
      owner.close();
    } catch (IOException ignored) {
      // the folder is gone or will be removed by the next process
    }
  }

  static void removeDeadSiblings(Path system) throws IOException {
    if (!Files.isDirectory(system)) {
      return;
    }
    try (Stream<Path> list = Files.list(system)) {
      for (Path dir : list.filter(p -> p.getFileName().toString().startsWith(PREFIX)).toList()) {
        if (Files.isDirectory(dir) && ownerIsDead(dir)) {
          try {
            OutputCommitter.deleteRecursively(dir);
          } catch (UncheckedIOException raced) {
            // another process removed it first, or it is not ours to remove
          }
        }
      }
    }
  }

  private static boolean ownerIsDead(Path dir) {
    Path owner = dir.resolve(OWNER);
    if (!Files.exists(owner)) {
      return false; // just being created, or not a folder of ours
    }
    try (FileChannel channel = FileChannel.open(owner, StandardOpenOption.WRITE)) {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        return false;
      }
      lock.release();
      return true;
    } catch (OverlappingFileLockException | IOException heldHereOrUnreadable) {
      return false;
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
