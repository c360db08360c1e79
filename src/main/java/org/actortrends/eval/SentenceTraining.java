package org.actortrends.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.actortrends.extract.ContextualSentenceTrainer;
import org.actortrends.extract.SentenceModel;
import org.actortrends.extract.SentenceTrainer;

/**
 * Training and cross-validation of the {@link SentenceModel} on rated sentence files: one file of our domain (news
 * prose, split into folds by article) and any number of other domains, which are always training data. Signals are
 * computed once per text; each fold then fits on its training part only.
 */
public final class SentenceTraining {
  /** The out-of-fold figures of one fold. */
  public record Fold(int n, double pearson, double weightedF1) {}

  /** Each fold's figures, and the out-of-fold scores of every news text (in file order). */
  public record CrossValidation(List<Fold> folds, double[] scores) {}

  private final List<RatedSentences.Rated> news;
  private final List<SentenceTrainer.Text> newsSignals = new ArrayList<>();
  private final List<SentenceTrainer.Text> otherSignals = new ArrayList<>();
  private final List<Double> otherRatings = new ArrayList<>();

  /** Reads {@code newsFile} and {@code otherFiles} and computes their signals. */
  public SentenceTraining(Path newsFile, List<Path> otherFiles) throws IOException {
    SentenceTrainer.Reader signals = new SentenceTrainer.Reader();
    news = RatedSentences.read(newsFile);
    for (RatedSentences.Rated r : news) {
      newsSignals.add(signals.read(r.text()));
    }
    for (Path file : otherFiles) {
      for (RatedSentences.Rated r : RatedSentences.read(file)) {
        otherSignals.add(signals.read(r.text()));
        otherRatings.add(r.rating());
      }
    }
  }

  public List<RatedSentences.Rated> news() {
    return news;
  }

  /** The article of a news id: what comes before its last '_' ("12" of "12_3"). */
  static String article(String id) {
    int underscore = id.lastIndexOf('_');
    return underscore < 0 ? id : id.substring(0, underscore);
  }

  /** The fold of each news text: the rank of its article in file order, modulo {@code folds}. */
  int[] folds(int folds) {
    return folds(news, folds);
  }

  /** The fold of each rated news text: the rank of its article in file order, modulo {@code folds}. */
  public static int[] folds(List<RatedSentences.Rated> news, int folds) {
    Map<String, Integer> ranks = new HashMap<>();
    int[] out = new int[news.size()];
    for (int i = 0; i < news.size(); i++) {
      out[i] = ranks.computeIfAbsent(article(news.get(i).id()), a -> ranks.size()) % folds;
    }
    return out;
  }

  /** Each fold's figures from out-of-fold {@code scores} of the news texts. */
  public static List<Fold> figures(List<RatedSentences.Rated> news, double[] scores, int[] fold, int folds) {
    List<Fold> figures = new ArrayList<>();
    for (int f = 0; f < folds; f++) {
      List<Double> truth = new ArrayList<>();
      List<Double> predicted = new ArrayList<>();
      for (int i = 0; i < news.size(); i++) {
        if (fold[i] == f) {
          truth.add(news.get(i).rating());
          predicted.add(scores[i]);
        }
      }
      double[] t = truth.stream().mapToDouble(Double::doubleValue).toArray();
      double[] p = predicted.stream().mapToDouble(Double::doubleValue).toArray();
      figures.add(new Fold(t.length, Metrics.pearson(t, p),
          Metrics.signConfusion(t, p, SentencesCommand.CUT).weightedF1()));
    }
    return figures;
  }

  /** The model fitted on all news texts but those of fold {@code heldOut} (-1: all of them) and every other text. */
  public SentenceModel fit(int[] fold, int heldOut, SentenceTrainer.Settings settings, List<String> comments) {
    List<SentenceTrainer.Text> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    List<Double> w = new ArrayList<>();
    for (int i = 0; i < news.size(); i++) {
      if (fold == null || fold[i] != heldOut) {
        x.add(newsSignals.get(i));
        y.add(news.get(i).rating());
        w.add(1.0);
      }
    }
    for (int i = 0; i < otherSignals.size(); i++) {
      x.add(otherSignals.get(i));
      y.add(otherRatings.get(i));
      w.add(settings.otherWeight());
    }
    return SentenceTrainer.fit(x, y.stream().mapToDouble(Double::doubleValue).toArray(),
        w.stream().mapToDouble(Double::doubleValue).toArray(), settings, comments);
  }

  /** K-fold cross-validation by article of the news file. */
  public CrossValidation crossValidate(int folds, SentenceTrainer.Settings settings) {
    int[] fold = folds(folds);
    double[] scores = new double[news.size()];
    for (int f = 0; f < folds; f++) {
      SentenceModel model = fit(fold, f, settings, List.of());
      for (int i = 0; i < news.size(); i++) {
        if (fold[i] == f) {
          scores[i] = score(model, newsSignals.get(i));
        }
      }
    }
    return new CrossValidation(figures(news, scores, fold, folds), scores);
  }

  /** The score {@code model} gives a text read by the trainer: its signals plus its words' weights. */
  static double score(SentenceModel model, SentenceTrainer.Text text) {
    double[] x = text.signals().clone();
    for (String word : text.words()) {
      x[SentenceModel.WORDS] += model.words().getOrDefault(word, 0.0);
    }
    return model.score(x);
  }

  /**
   * train-sentences --contextual's training on a news file: the rated texts, their folds by article, and the
   * result (model, penalty, out-of-fold scores).
   */
  public record Contextual(List<RatedSentences.Rated> news, int[] fold, ContextualSentenceTrainer.Result result) {
    /** Each fold's figures at the chosen penalty. */
    public List<Fold> folds() {
      return figures(news, result.scores(), fold, ContextualSentenceTrainer.FOLDS);
    }
  }

  /** Trains the contextual sentence model on {@code newsFile} (its name and SHA-256 go into the header). */
  public static Contextual trainContextual(Path newsFile) throws IOException {
    List<RatedSentences.Rated> rows = RatedSentences.read(newsFile);
    int[] fold = folds(rows, ContextualSentenceTrainer.FOLDS);
    return new Contextual(rows, fold, ContextualSentenceTrainer.train(
        rows.stream().map(RatedSentences.Rated::text).toList(),
        rows.stream().mapToDouble(RatedSentences.Rated::rating).toArray(), fold,
        List.of("Input: " + newsFile.getFileName() + ", sha256 " + sha256(newsFile))));
  }

  /** The SHA-256 of a file, hex: named in a trained model's header. */
  public static String sha256(Path file) throws IOException {
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
      return java.util.HexFormat.of().formatHex(digest);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
