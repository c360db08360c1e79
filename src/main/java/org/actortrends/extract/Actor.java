package org.actortrends.extract;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One dictionary entry. {@code aliases} are further full forms (the canonical {@code name} is not
 * repeated there); {@code shortForms} are the explicit {@code short} list of the YAML entry or, when
 * that key is absent, the derived default (see {@link ActorDictionary}). {@code country} is null when the entry
 * gives none. {@code activeFrom} (inclusive) and {@code activeTo} (exclusive) bound the actor's public life, each
 * null when open; both null when the entry has no {@code active} key.
 */
public record Actor(
    String id,
    String name,
    ActorType type,
    String country,
    List<String> aliases,
    List<String> shortForms,
    List<Role> roles,
    LocalDate activeFrom,
    LocalDate activeTo)
    implements Serializable {

  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases);
    shortForms = List.copyOf(shortForms);
    roles = List.copyOf(roles);
  }

  /** True if {@code day} is within the actor's public life ({@code active}); true when the dictionary gives none. */
  public boolean inPublicLifeOn(LocalDate day) {
    return (activeFrom == null || !day.isBefore(activeFrom)) && (activeTo == null || day.isBefore(activeTo));
  }

  /** The name followed by the aliases: every full form of this actor. */
  public List<String> fullForms() {
    List<String> all = new ArrayList<>(aliases.size() + 1);
    all.add(name);
    all.addAll(aliases);
    return Collections.unmodifiableList(all);
  }
}
