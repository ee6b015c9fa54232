package org.bilateral.read.wiki;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sweble.wikitext.parser.nodes.WtNode;
import org.sweble.wikitext.parser.nodes.WtTemplate;
import org.sweble.wikitext.parser.nodes.WtTemplateArgument;

/** The parameters of a template, each as its name and the span of its value in the source. */
final class TemplateArgs {
  /** A parameter: name ("" when positional) and value as [start, end) of the source. */
  record Arg(String name, int start, int end, String text) {}

  /** Characters a page title cannot hold: a "template" named with them is text gone wrong. */
  private static final Pattern INVALID_NAME = Pattern.compile("[\\[\\]{}<>|]|\\n\\s*\\n");

  private final List<Arg> positional = new ArrayList<>();
  private final List<Arg> named = new ArrayList<>();

  TemplateArgs(WtTemplate t, NodeSpans spans, String src) {
    for (WtNode n : t.getArgs()) {
      if (!(n instanceof WtTemplateArgument a) || !spans.has(a.getValue())) continue;
      int start = spans.start(a.getValue());
      int end = spans.end(a.getValue());
      String text = src.substring(start, end);
      if (a.hasName() && spans.has(a.getName())) {
        String name = src.substring(spans.start(a.getName()), spans.end(a.getName())).trim();
        named.add(new Arg(name, start, end, text));
      } else {
        positional.add(new Arg("", start, end, text));
      }
    }
  }

  static boolean isValidName(String raw) {
    return !raw.isBlank() && !INVALID_NAME.matcher(raw.trim()).find();
  }

  Optional<Arg> positional(int i) {
    return i < positional.size() ? Optional.of(positional.get(i)) : Optional.empty();
  }

  Optional<Arg> lastPositional() {
    return positional.isEmpty() ? Optional.empty() : Optional.of(positional.get(positional.size() - 1));
  }

  /** The trimmed text of a positional parameter, or null. */
  String text(int i) {
    return i < positional.size() ? positional.get(i).text().trim() : null;
  }

  List<Arg> positionals() { return positional; }

  List<Arg> named() { return named; }
}
