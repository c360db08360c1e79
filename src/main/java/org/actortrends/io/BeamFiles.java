package org.actortrends.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MoveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;

/**
 * Small whole-file operations through Beam's FileSystems, so one code path serves {@code s3://} and local paths.
 * Beam must know the filesystems first ({@code FileSystems.setDefaultPipelineOptions}).
 */
public final class BeamFiles {
  private BeamFiles() {}

  public static String read(String path) throws IOException {
    ResourceId file = FileSystems.matchSingleFileSpec(path).resourceId();
    try (InputStream in = Channels.newInputStream(FileSystems.open(file))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** One object written in one request: readers see it whole or not at all (S3 has no partial PUT). */
  public static void write(String path, String content) throws IOException {
    ResourceId file = FileSystems.matchNewResource(path, false);
    try (OutputStream out = Channels.newOutputStream(FileSystems.create(file, "text/plain"))) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** The files matching a glob, sorted; none when nothing matches. */
  public static List<String> list(String glob) throws IOException {
    MatchResult result = FileSystems.match(List.of(glob), EmptyMatchTreatment.ALLOW).get(0);
    List<String> files = new ArrayList<>();
    if (result.status() == MatchResult.Status.OK) {
      for (MatchResult.Metadata m : result.metadata()) {
        files.add(m.resourceId().toString());
      }
    }
    files.sort(null);
    return files;
  }

  public static void copy(List<String> from, List<String> to) throws IOException {
    if (!from.isEmpty()) {
      FileSystems.copy(ids(from), ids(to), MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
    }
  }

  public static void delete(List<String> paths) throws IOException {
    if (!paths.isEmpty()) {
      FileSystems.delete(ids(paths), MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
    }
  }

  private static List<ResourceId> ids(List<String> paths) {
    List<ResourceId> ids = new ArrayList<>(paths.size());
    for (String p : paths) {
      ids.add(FileSystems.matchNewResource(p, false));
    }
    return ids;
  }
}
