package org.actortrends.io;

import java.io.Serializable;

/**
 * Where a run's files go. Tables go to {@code tablesRoot/<table>/day=YYYY-MM-DD/[daySubfolder/]part-*.parquet};
 * the rejected records and the counts to {@code runDirectory}.
 */
public record OutputLayout(String tablesRoot, String daySubfolder, String runDirectory)
    implements Serializable {

  /** Everything under one staging directory, as the local committer moves it into the output afterwards. */
  public static OutputLayout staged(String staging) {
    return new OutputLayout(staging, "", staging);
  }

  public String tableDirectory(String table) {
    return tablesRoot + "/" + table;
  }

  /** The file name prefix of a day's files, relative to the table directory. */
  public String dayFilePrefix(String day) {
    return "day=" + day + "/" + (daySubfolder.isEmpty() ? "" : daySubfolder + "/") + "part";
  }
}
