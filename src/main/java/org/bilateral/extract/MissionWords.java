package org.bilateral.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.model.MissionType;

/** Finds mission words ("embassy", "honorary consulates", "deputy high commission") with their types. */
final class MissionWords {
  record Hit(int start, int end, MissionType type, boolean plural) {}

  private static final Map<String, String> TYPES = Rules.get().lexicon("missions", "type");
  private static final Pattern WORDS;

  static {
    List<String> keys = new ArrayList<>(TYPES.keySet());
    keys.sort((a, b) -> b.length() - a.length());
    StringBuilder sb = new StringBuilder("(?<![\\w-])(");
    for (int i = 0; i < keys.size(); i++) {
      if (i > 0) sb.append('|');
      sb.append(Pattern.quote(keys.get(i)).replace(" ", "\\E\\s+\\Q"));
    }
    sb.append(")(s|es)?(?![\\w-])");
    WORDS = Lead.compileExact(sb.toString(), Pattern.CASE_INSENSITIVE);
  }

  private MissionWords() {}

  private static final List<String> STEMS = List.of(
      "embass", "consul", "commission", "legation", "office", "mission", "agency", "section", "representation", "nunciature");

  /**
   * A cheap check before the pattern (lower-case text): every mission word holds one of these stems.
   * A move ("moved to") or a raise ("it was raised to") needs a mission word too.
   */
  static boolean mayMention(String lower) {
    for (String s : STEMS) if (lower.contains(s)) return true;
    return false;
  }

  private static boolean isWordOrHyphen(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
  }

  static List<Hit> find(String text) {
    List<Hit> out = new ArrayList<>();
    // a mission word starts where WORDS' look-behind lets it: not after an ASCII letter, digit, '_' or '-'
    Anchored found = new Anchored(WORDS, text, i -> i == 0 || !isWordOrHyphen(text.charAt(i - 1)));
    while (found.find()) {
      Matcher m = found.match();
      String key = Regex.replaceAll(m.group(1).toLowerCase(Locale.ROOT), "\\s+", " ");
      String code = TYPES.get(key);
      if (code == null) continue;
      boolean plural = m.group(2) != null || key.endsWith("ies") || key.contains("s-general") || key.contains("s general");
      out.add(new Hit(m.start(), m.end(), MissionType.fromCode(code), plural));
    }
    return out;
  }
}
