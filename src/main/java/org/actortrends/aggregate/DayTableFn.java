package org.actortrends.aggregate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;

/**
 * Turns one day's combined stats into that day's table rows, output together as (day, rows): the combine has
 * already brought the day to one place, so the table is written from here without grouping its rows by day again
 * (one shuffle fewer per table on Flink, a grouping fewer for the direct runner).
 */
abstract class DayTableFn extends DoFn<KV<Integer, DayStats>, KV<Integer, Iterable<GenericRecord>>> {
  /** Gives {@code out} the rows of {@code day}. */
  abstract void rows(KV<Integer, DayStats> day, Consumer<GenericRecord> out);

  @ProcessElement
  public void process(@Element KV<Integer, DayStats> day, OutputReceiver<KV<Integer, Iterable<GenericRecord>>> out) {
    List<GenericRecord> rows = new ArrayList<>();
    rows(day, rows::add);
    out.output(KV.of(day.getKey(), rows));
  }
}
