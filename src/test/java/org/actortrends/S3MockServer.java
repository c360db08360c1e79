package org.actortrends;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real S3 API server for the tests: S3Mock's standalone jar (copied to target/s3mock by Maven before the
 * integration tests) in a JVM of its own on free ports of 127.0.0.1, its store and temp files in {@code dir}.
 * The tests' own requests are plain path-style HTTP (S3Mock does not check signatures).
 */
final class S3MockServer implements AutoCloseable {
  static final Path JAR = Paths.get("target/s3mock/s3mock.jar");
  static final String REGION = "us-east-1";
  /** What the job gets as the standard AWS environment variables; S3Mock accepts any credentials. */
  static final Map<String, String> CREDENTIALS =
      Map.of("AWS_ACCESS_KEY_ID", "test-key", "AWS_SECRET_ACCESS_KEY", "test-secret");

  private static final Pattern KEY = Pattern.compile("<Key>([^<]*)</Key>");
  private static final Pattern NEXT = Pattern.compile("<NextContinuationToken>([^<]*)</NextContinuationToken>");

  private final Process process;
  private final int port;
  private final HttpClient http = HttpClient.newHttpClient();

  private S3MockServer(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  static S3MockServer start(Path dir) throws Exception {
    int port = freePort();
    int httpsPort = freePort(); // S3Mock always opens an HTTPS port too; 9191 by default, which may be taken
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    ProcessBuilder pb = new ProcessBuilder("java", "-Xmx512m", "-Djava.io.tmpdir=" + tmp, "-jar",
        JAR.toAbsolutePath().toString(),
        "--com.adobe.testing.s3mock.http-port=" + port,
        "--server.port=" + httpsPort,
        "--server.address=127.0.0.1",
        "--com.adobe.testing.s3mock.region=" + REGION,
        "--com.adobe.testing.s3mock.store.root=" + dir.resolve("store"))
        .redirectErrorStream(true).redirectOutput(dir.resolve("s3mock.log").toFile());
    S3MockServer server = new S3MockServer(pb.start(), port);
    Runtime.getRuntime().addShutdownHook(new Thread(server::close)); // even when the test JVM is stopped
    server.awaitStarted(dir.resolve("s3mock.log"));
    return server;
  }

  private void awaitStarted(Path log) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180); // a loaded 2-core machine
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("S3Mock exited: " + Files.readString(log));
      }
      try {
        if (http.send(HttpRequest.newBuilder(uri("")).build(), HttpResponse.BodyHandlers.discarding())
            .statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    close();
    throw new IllegalStateException("S3Mock did not start in 180 s: " + Files.readString(log));
  }

  String endpoint() {
    return "http://127.0.0.1:" + port;
  }

  /** The options that point the job at this server. */
  List<String> jobOptions() {
    return List.of("--endpoint=" + endpoint(), "--awsRegion=" + REGION);
  }

  void createBucket(String bucket) throws Exception {
    expectOk(http.send(HttpRequest.newBuilder(uri(bucket)).PUT(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString()), "create bucket " + bucket);
  }

  void put(String bucket, String key, byte[] content) throws Exception {
    expectOk(http.send(HttpRequest.newBuilder(uri(bucket + "/" + key))
        .header("Content-Type", "application/octet-stream")
        .PUT(HttpRequest.BodyPublishers.ofByteArray(content)).build(), HttpResponse.BodyHandlers.ofString()),
        "put " + key);
  }

  byte[] get(String bucket, String key) throws Exception {
    HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(uri(bucket + "/" + key)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    if (r.statusCode() != 200) {
      throw new IOException("get " + key + ": HTTP " + r.statusCode());
    }
    return r.body();
  }

  boolean exists(String bucket, String key) throws Exception {
    return http.send(HttpRequest.newBuilder(uri(bucket + "/" + key)).method("HEAD",
        HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
  }

  /** Every key under the prefix, sorted (ListObjectsV2, page by page). */
  List<String> list(String bucket, String prefix) throws Exception {
    List<String> keys = new ArrayList<>();
    String token = null;
    do {
      String query = "?list-type=2&prefix=" + prefix + (token == null ? "" : "&continuation-token=" + token);
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(bucket + query)).build(),
          HttpResponse.BodyHandlers.ofString());
      expectOk(r, "list " + prefix);
      Matcher m = KEY.matcher(r.body());
      while (m.find()) {
        keys.add(m.group(1));
      }
      Matcher next = NEXT.matcher(r.body());
      token = next.find() ? next.group(1) : null;
    } while (token != null);
    keys.sort(null);
    return keys;
  }

  private URI uri(String path) {
    return URI.create(endpoint() + "/" + path);
  }

  private static void expectOk(HttpResponse<String> r, String what) throws IOException {
    if (r.statusCode() / 100 != 2) {
      throw new IOException(what + ": HTTP " + r.statusCode() + " " + r.body());
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** Stops S3Mock and waits for it to exit, so that its files can be deleted. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
