package org.actortrends.aggregate;

import org.actortrends.aggregate.ArticleSignals.ActorSignal;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;

/** The optional {@code articles} table: one row per accepted article, with its language and story. */
public class ArticlesTable extends PTransform<PCollection<ArticleSignals>, PCollection<GenericRecord>> {
  public static final Schema SCHEMA = TableSchemas.table("articles", "One row per accepted article")
      .name("article_id").doc("Article id (given, or h- + hash of url or text)").type().stringType().noDefault()
      .name("source").doc("Source of the article").type().stringType().noDefault()
      .name("url").doc("URL; null when the record had none").type().optional().stringType()
      .name("title").doc("Title (empty when the record had none)").type().stringType().noDefault()
      .name("language").doc("Language (ISO 639-1; und when too little text to tell)").type().stringType()
      .noDefault()
      .name("story_id").doc("The id of the story's first copy (earliest published, then smallest id); the"
          + " article's own id unless it is a wire copy").type().stringType().noDefault()
      .name("words").doc("Words read (boilerplate lines excluded)").type().longType().noDefault()
      .name("tone").doc("Document tone (positive % - negative %); null in a language without a sentiment model")
      .type().optional().doubleType()
      .name("mentions").doc("Actor mentions in the article").type().longType().noDefault()
      .endRecord();

  @Override
  public PCollection<GenericRecord> expand(PCollection<ArticleSignals> signals) {
    return signals
        .apply("ToRows", ParDo.of(new DoFn<ArticleSignals, GenericRecord>() {
          @ProcessElement
          public void process(@Element ArticleSignals a, OutputReceiver<GenericRecord> out) {
            long mentions = 0;
            for (ActorSignal actor : a.actors) {
              mentions += actor.mentions;
            }
            GenericRecord r = new GenericData.Record(SCHEMA);
            r.put("day", a.day);
            r.put("article_id", a.articleId);
            r.put("source", a.source);
            r.put("url", a.url.isEmpty() ? null : a.url);
            r.put("title", a.title);
            r.put("language", a.language);
            r.put("story_id", a.story());
            r.put("words", (long) a.words);
            r.put("tone", Double.isNaN(a.tone) ? null : a.tone);
            r.put("mentions", mentions);
            out.output(r);
          }
        }))
        .setCoder(AvroCoder.of(SCHEMA));
  }
}
