package org.bilateral.read.wiki;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The URL a reference cites: the {@code url=} of its citation template, else the first web address
 * in it. Read from the reference's source with patterns rather than a parse, because only the
 * address is wanted and a page can hold hundreds of references.
 */
final class Citations {
  private static final Pattern URL_PARAM = Pattern.compile("\\|\\s*url\\s*=\\s*([^|}\\s<]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern BARE = Pattern.compile("(?:https?:)?//[^\\s|}\\]<\"]+|\\bwww\\.[^\\s|}\\]<\"]+", Pattern.CASE_INSENSITIVE);

  private Citations() {}

  /** The URL cited in {@code src[start, end)}, or null. */
  static String url(String src, int start, int end) {
    Matcher m = URL_PARAM.matcher(src).region(start, end);
    if (m.find()) return m.group(1);
    m = BARE.matcher(src).region(start, end);
    return m.find() ? m.group() : null;
  }
}
