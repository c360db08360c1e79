package org.actortrends.io;

import org.apache.beam.sdk.io.aws2.options.S3ClientBuilderFactory;
import org.apache.beam.sdk.io.aws2.options.S3Options;
import org.apache.beam.sdk.io.aws2.s3.DefaultS3ClientBuilderFactory;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Beam's S3 client, with path-style addressing ({@code http://host:port/bucket/key}) whenever {@code --endpoint}
 * names an S3-compatible server: such servers (S3Mock, MinIO, Ceph) rarely resolve {@code bucket.host} names.
 * Without {@code --endpoint} (AWS itself) the SDK's default, virtual-hosted addressing, stays.
 */
public class PathStyleS3ClientBuilderFactory implements S3ClientBuilderFactory {
  @Override
  public S3ClientBuilder createBuilder(S3Options options) {
    S3ClientBuilder builder = new DefaultS3ClientBuilderFactory().createBuilder(options);
    return options.getEndpoint() == null ? builder : builder.forcePathStyle(true);
  }
}
