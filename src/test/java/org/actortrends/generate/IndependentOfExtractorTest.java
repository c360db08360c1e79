package org.actortrends.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The generator's truth must not lean on the extractor it checks: its sources name no class of
 * {@code org.actortrends.extract} but the dictionary's data types (imports, static imports, wildcards and
 * qualified names alike). Otherwise an extractor regression could make the generator plant less instead of making
 * the exactness tests fail.
 */
class IndependentOfExtractorTest {
  private static final Set<String> DICTIONARY_TYPES = Set.of("ActorDictionary", "Actor", "Role", "ActorType");
  private static final Pattern EXTRACT_NAME = Pattern.compile("org\\.actortrends\\.extract\\.(\\*|\\w+)");
  private static final Path SOURCES = Path.of("src/main/java/org/actortrends/generate");

  @Test
  void theGeneratorUsesOnlyTheDictionaryFromTheExtractPackage() throws IOException {
    Set<String> used = new TreeSet<>();
    Set<String> offending = new TreeSet<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(SOURCES)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    assertTrue(files.size() > 10, "generator sources found: " + files);
    for (Path file : files) {
      Matcher m = EXTRACT_NAME.matcher(Files.readString(file));
      while (m.find()) {
        used.add(m.group(1));
        if (!DICTIONARY_TYPES.contains(m.group(1))) {
          offending.add(file.getFileName() + ": " + m.group());
        }
      }
    }
    assertEquals(Set.of(), offending);
    assertTrue(used.contains("ActorDictionary"), "the scan found the dictionary import: " + used);
  }
}
