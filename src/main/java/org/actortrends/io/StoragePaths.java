package org.actortrends.io;

import java.util.regex.Pattern;

/** Tells object-store paths ({@code s3://bucket/key}) from local ones, which the job handles differently. */
public final class StoragePaths {
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://");

  private StoragePaths() {}

  /** True for a path with a scheme other than {@code file://}: read and written through Beam's FileSystems only. */
  public static boolean isRemote(String path) {
    return SCHEME.matcher(path).find() && !path.startsWith("file://");
  }

  /** The path without trailing slashes, so that {@code s3://b/out/} and {@code s3://b/out} name one prefix. */
  public static String withoutTrailingSlash(String path) {
    String p = path;
    while (p.endsWith("/") && !p.endsWith("://")) {
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }
}
