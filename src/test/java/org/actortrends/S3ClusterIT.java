package org.actortrends;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A standalone Flink cluster (pipelines/flink/start-cluster.sh, as FlinkRunnersIT starts it, on ports of its own)
 * reads input and actors from S3 and writes the output there: every TaskManager talks to S3 itself, with the
 * credentials of its environment, and the client publishes. The tables equal a local run's.
 */
class S3ClusterIT {
  static final String REST_PORT = System.getProperty("s3.it.restPort", "18082");
  static final String RPC_PORT = System.getProperty("s3.it.rpcPort", "16124");
  static final FlinkTestCluster CLUSTER =
      new FlinkTestCluster(Paths.get("target/flink-s3-it-cluster").toAbsolutePath(), REST_PORT, RPC_PORT, 1);

  @TempDir
  static Path tmp;

  @BeforeAll
  static void startS3() throws Exception {
    S3IT.tmp = tmp;
    S3IT.startS3AndRunLocally(); // S3IT's fixture: S3Mock, the corpus and the local run to compare with
  }

  @AfterAll
  static void stopAll() {
    CLUSTER.stop();
    S3IT.stopS3();
  }

  @Test
  void aStandaloneClusterReadsAndWritesS3AsALocalRunDoes() throws Exception {
    Runtime.getRuntime().addShutdownHook(new Thread(CLUSTER::stop)); // even if the JVM is killed
    assertEquals(0, CLUSTER.script("start-cluster.sh", S3MockServer.CREDENTIALS), "the cluster started");
    PublishedOnS3 output = new PublishedOnS3(S3IT.s3, S3IT.BUCKET, "cluster");
    JobJar.Result r = S3IT.runOnS3(output, "--runner=FlinkRunner", "--flinkMaster=127.0.0.1:" + REST_PORT,
        "--parallelism=2");
    assertEquals(0, r.exit(), r.stderr());
    S3IT.assertSameAsLocal(output, "cluster");
  }
}
