package org.bilateral.extract;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The readers' small patterns, compiled once. {@code String.matches} and {@code replaceAll} compile
 * their pattern on every call, and in readers that run over every sentence the compiling cost more
 * than the matching. Only constant patterns come here (the cache keeps each for good), compiled
 * behind their {@link Lead}.
 */
final class Regex {
  private static final Map<String, Pattern> CACHE = new ConcurrentHashMap<>();

  private Regex() {}

  static Pattern of(String regex) {
    Pattern p = CACHE.get(regex);
    if (p == null) p = CACHE.computeIfAbsent(regex, Lead::compile);
    return p;
  }

  static boolean matches(CharSequence text, String regex) {
    return of(regex).matcher(text).matches();
  }

  static boolean find(CharSequence text, String regex) {
    return of(regex).matcher(text).find();
  }

  static String replaceAll(CharSequence text, String regex, String replacement) {
    return of(regex).matcher(text).replaceAll(replacement);
  }

  static String replaceFirst(CharSequence text, String regex, String replacement) {
    return of(regex).matcher(text).replaceFirst(replacement);
  }

  static String[] split(CharSequence text, String regex) {
    return of(regex).split(text);
  }
}
