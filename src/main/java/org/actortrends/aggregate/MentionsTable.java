package org.actortrends.aggregate;

import org.actortrends.aggregate.ArticleSignals.MentionRow;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;

/** The optional {@code mentions} table: one row per actor mention, for auditing and custom analysis. */
public class MentionsTable extends PTransform<PCollection<ArticleSignals>, PCollection<GenericRecord>> {
  public static final Schema SCHEMA = TableSchemas.table("mentions", "One row per actor mention")
      .name("article_id").doc("Article id (given, or h- + hash of url or text)").type().stringType().noDefault()
      .name("source").doc("Source of the article").type().stringType().noDefault()
      .name("language").doc("The article's language (ISO 639-1)").type().stringType().noDefault()
      .name("story_id").doc("The article's story: the id of its first copy (its own id unless it is a wire copy)")
      .type().stringType().noDefault()
      .name("actor_id").doc("Actor id").type().stringType().noDefault()
      .name("sentence_index").doc("0-based sentence index in title + blank line + text").type().intType()
      .noDefault()
      .name("char_offset").doc("0-based character offset in title + blank line + text").type().intType()
      .noDefault()
      .name("surface").doc("The mention as written").type().stringType().noDefault()
      .name("matched_by").doc("name, alias, short or role").type().stringType().noDefault()
      .name("sentiment").doc("Sentiment toward the mention in [-1, 1]; null in a language without a sentiment"
          + " model").type().optional().doubleType()
      .name("role").doc("speaker (the actor says something here), target (talked about in someone else's"
          + " words) or other").type().stringType().noDefault()
      .endRecord();

  @Override
  public PCollection<GenericRecord> expand(PCollection<ArticleSignals> signals) {
    return signals
        .apply("ToRows", ParDo.of(new DoFn<ArticleSignals, GenericRecord>() {
          @ProcessElement
          public void process(@Element ArticleSignals a, OutputReceiver<GenericRecord> out) {
            for (MentionRow m : a.mentions) {
              GenericRecord r = new GenericData.Record(SCHEMA);
              r.put("day", a.day);
              r.put("article_id", a.articleId);
              r.put("source", a.source);
              r.put("language", a.language);
              r.put("story_id", a.story());
              r.put("actor_id", m.actorId);
              r.put("sentence_index", m.sentenceIndex);
              r.put("char_offset", m.charOffset);
              r.put("surface", m.surface);
              r.put("matched_by", m.matchedBy);
              r.put("sentiment", Double.isNaN(m.sentiment) ? null : m.sentiment);
              r.put("role", m.role);
              out.output(r);
            }
          }
        }))
        .setCoder(AvroCoder.of(SCHEMA));
  }
}
