package org.nutgraf.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nutgraf.NewsIndex;
import org.nutgraf.article.Article;
import org.nutgraf.article.Paragraph;
import org.nutgraf.entity.Actor;
import org.nutgraf.entity.EntityTagger;
import org.nutgraf.entity.TaggedArticle;
import org.nutgraf.entity.TaggedParagraph;

/**
 * A tagger whose output tests know exactly: "[HN]" in a paragraph marks the country HN and "{Mike
 * Pence}" the actor Mike Pence; nothing else is found.
 */
public final class BracketTagger implements EntityTagger {
  private static final Pattern COUNTRY = Pattern.compile("\\[([A-Z]{2})\\]");
  private static final Pattern ACTOR = Pattern.compile("\\{([^{}]+)\\}");

  @Override
  public TaggedArticle tag(Article article) {
    List<TaggedParagraph> tagged = new ArrayList<>();
    for (Paragraph p : article.paragraphs()) {
      tagged.add(
          new TaggedParagraph(
              p, countries(p.text()), actors(p.text()), List.of(), List.of(), List.of()));
    }
    return new TaggedArticle(article, tagged);
  }

  /** An in-memory index that tags with this tagger. */
  public static NewsIndex inMemoryIndex() {
    try {
      return NewsIndex.builder().tagger(new BracketTagger()).open();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> countries(String text) {
    TreeSet<String> codes = new TreeSet<>();
    Matcher m = COUNTRY.matcher(text);
    while (m.find()) {
      codes.add(m.group(1));
    }
    return List.copyOf(codes);
  }

  private static List<Actor> actors(String text) {
    Map<String, Actor> byKey = new LinkedHashMap<>();
    Matcher m = ACTOR.matcher(text);
    while (m.find()) {
      String name = m.group(1);
      byKey.putIfAbsent(Actor.keyOf(name), new Actor(name, Actor.keyOf(name), Optional.empty()));
    }
    return List.copyOf(byKey.values());
  }
}
