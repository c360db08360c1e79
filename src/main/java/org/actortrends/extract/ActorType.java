package org.actortrends.extract;

import java.util.Locale;

/** Kind of actor; spelled {@code person} or {@code organization} in the YAML dictionary. */
public enum ActorType {
  PERSON("person"),
  ORGANIZATION("organization");

  private final String yamlName;

  ActorType(String yamlName) {
    this.yamlName = yamlName;
  }

  /** The spelling used in the YAML dictionary. */
  public String yamlName() {
    return yamlName;
  }

  /** Parses the YAML spelling (case-insensitive, trimmed); returns null if it is neither. */
  public static ActorType fromYaml(String value) {
    if (value == null) {
      return null;
    }
    String v = value.trim().toLowerCase(Locale.ROOT);
    for (ActorType t : values()) {
      if (t.yamlName.equals(v)) {
        return t;
      }
    }
    return null;
  }
}
