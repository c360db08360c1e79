package org.actortrends.pipeline;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.Hidden;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/** Options of {@code actor-trends run}; every Beam and runner option (--runner, --parallelism, ...) applies too. */
public interface ActorTrendsOptions extends PipelineOptions {
  @Description("Input corpus: files, globs or directories, comma-separated. JSON Lines (.jsonl, .ndjson, .json; a "
      + "file holding one pretty-printed object, as news-please writes, is one article), CSV with a header (.csv), "
      + "web archives (.warc; HTML responses become articles) and Parquet (.parquet); the text formats and WARC plain "
      + "or compressed (.gz, .bz2, .zst). Directories are read recursively; names starting with '_' or '.' are "
      + "skipped. s3://bucket/prefix reads an object or every corpus object under the prefix.")
  @Validation.Required
  String getInput();

  void setInput(String value);

  @Description("Format of every input file: 'auto' tells each file's format from its name; 'json' (JSON Lines or "
      + "news-please objects), 'csv', 'warc' or 'parquet' reads all files so, whatever their names (a compression "
      + "suffix is still honoured), and directories then give all their files")
  @Default.String("auto")
  String getFormat();

  void setFormat(String value);

  @Description("Process only articles of this day (YYYY-MM-DD, in --timezone); replaces only its partitions. "
      + "{day} in --input is replaced by the day")
  String getDay();

  void setDay(String value);

  @Description("First day of a range to process (inclusive); with --toDay, for backfills")
  String getFromDay();

  void setFromDay(String value);

  @Description("Last day of a range to process (inclusive)")
  String getToDay();

  void setToDay(String value);

  @Description("Output directory; tables go to OUTPUT/<table>/day=YYYY-MM-DD/. Or s3://bucket/prefix: each day "
      + "is then published by its manifest OUTPUT/_manifests/YYYY-MM-DD.txt (README: Object storage)")
  @Default.String("out")
  String getOutput();

  void setOutput(String value);

  @Description("Actor dictionaries, comma-separated, read as one: YAML files, CSV files (.csv) and 'bundled' for "
      + "the built-in list (e.g. bundled,my-actors.yaml); files may be s3:// objects. Default: the bundled "
      + "pipelines/actors.yaml")
  String getActors();

  void setActors(String value);

  @Description("Time zone whose local date is an article's day (IANA id, e.g. Europe/Berlin)")
  @Default.String("UTC")
  String getTimezone();

  void setTimezone(String value);

  @Description("Also write the mentions table (one row per mention)")
  @Default.Boolean(false)
  boolean getWriteMentions();

  void setWriteMentions(boolean value);

  @Description("Also write the articles table (one row per article: language, story, words, tone, mentions)")
  @Default.Boolean(false)
  boolean getWriteArticles();

  void setWriteArticles(boolean value);

  @Description("Languages to process: 'all' or ISO 639-1 codes, comma-separated (e.g. en,de). Articles in other "
      + "languages are read, counted per language in _run/summary.json (outside_languages) and go into no table. "
      + "English gets every rule; other languages only actors by full names and aliases, and no sentiment (null)")
  @Default.String("en")
  String getLanguages();

  void setLanguages(String value);

  @Description("Input field holding the article's own language code, trusted when it holds one (else the "
      + "language is detected); 'none' to always detect")
  @Default.String("language")
  String getLanguageField();

  void setLanguageField(String value);

  @Description("'on': fold wire copies (near-duplicate bodies on the same day) into stories, counted in the "
      + "stories columns and story_id; 'off': every article is a story of its own")
  @Default.String("on")
  String getNearDuplicates();

  void setNearDuplicates(String value);

  @Description("Sentiment toward each mention and of what actors say: 'fast' (the target and sentence models over "
      + "the words, microseconds a sentence) or 'contextual' (also reads the text encoder e5-small-v2's vectors of "
      + "the mention and its sentence: more accurate, milliseconds a sentence with a mention or speech; README, "
      + "Accuracy)")
  @Default.String("fast")
  String getSentimentModel();

  void setSentimentModel(String value);

  @Description("Progress on stderr while the input is read (files, articles, MB, MB/s, time left): 'auto' redraws "
      + "one line on a terminal and prints a plain line every 30 s otherwise; 'plain' always the latter; 'off'")
  @Default.String("auto")
  String getProgress();

  void setProgress(String value);

  @Hidden
  @Description("Milliseconds between progress lines instead of the mode's own (1 s redrawn, 30 s plain); for tests")
  @Default.Long(0)
  long getProgressEveryMillis();

  void setProgressEveryMillis(long value);

  @Description("Exit non-zero when more than this fraction of the records read is rejected")
  @Default.Double(0.05)
  double getMaxRejectedFraction();

  void setMaxRejectedFraction(double value);

  @Description("Records larger than this many bytes are rejected as too_large")
  @Default.Integer(10 * 1024 * 1024)
  int getMaxArticleBytes();

  void setMaxArticleBytes(int value);

  @Description("A file that inflates past this many bytes is cut there, as a read error (stops gzip bombs)")
  @Default.Long(8L << 30)
  long getMaxFileBytes();

  void setMaxFileBytes(long value);

  @Description("A file that cannot be read to its end (truncated, corrupt, past --maxFileBytes): 'fail' stops the "
      + "run with one line naming it; 'skip' records it as one read_error and processes the rest of the corpus")
  @Default.String("fail")
  String getOnCorruptFile();

  void setOnCorruptFile(String value);

  @Description("Input field holding the article id (a missing id becomes h- + a hash of url or text)")
  @Default.String("id")
  String getIdField();

  void setIdField(String value);

  @Description("Input field holding the URL")
  @Default.String("url")
  String getUrlField();

  void setUrlField(String value);

  @Description("Input field holding the source (outlet); the default also accepts domain, source_domain; when empty,"
      + " the URL's host is used")
  @Default.String("source")
  String getSourceField();

  void setSourceField(String value);

  @Description("Input field holding the publication time (the default also accepts date, published, "
      + "publish_date, date_publish)")
  @Default.String("published_at")
  String getPublishedField();

  void setPublishedField(String value);

  @Description("Input field holding the title")
  @Default.String("title")
  String getTitleField();

  void setTitleField(String value);

  @Description("Input field holding the text (the default also accepts news-please's maintext)")
  @Default.String("text")
  String getTextField();

  void setTextField(String value);

  @Hidden
  @Description("For fault tests: 'after-write' makes the job fail once a table has been written to staging; "
      + "'halt-mid-publish' ends the JVM at once when the first day of an object-store output is published")
  @Default.String("none")
  String getInjectFailure();

  void setInjectFailure(String value);
}
