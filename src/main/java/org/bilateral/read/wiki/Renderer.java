package org.bilateral.read.wiki;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.gazetteer.Country;
import org.bilateral.gazetteer.Gazetteer;
import org.bilateral.read.Block;
import org.sweble.wikitext.parser.nodes.WtExternalLink;
import org.sweble.wikitext.parser.nodes.WtHeading;
import org.sweble.wikitext.parser.nodes.WtImEndTag;
import org.sweble.wikitext.parser.nodes.WtImStartTag;
import org.sweble.wikitext.parser.nodes.WtInternalLink;
import org.sweble.wikitext.parser.nodes.WtNode;
import org.sweble.wikitext.parser.nodes.WtSection;
import org.sweble.wikitext.parser.nodes.WtTagExtension;
import org.sweble.wikitext.parser.nodes.WtTemplate;
import org.sweble.wikitext.parser.nodes.WtTemplateArgument;
import org.sweble.wikitext.parser.nodes.WtText;
import org.sweble.wikitext.parser.nodes.WtTicks;
import org.sweble.wikitext.parser.nodes.WtXmlCharRef;
import org.sweble.wikitext.parser.nodes.WtXmlElement;
import org.sweble.wikitext.parser.nodes.WtXmlEmptyTag;
import org.sweble.wikitext.parser.nodes.WtXmlEndTag;
import org.sweble.wikitext.parser.nodes.WtXmlEntityRef;
import org.sweble.wikitext.parser.nodes.WtXmlStartTag;

/**
 * Walks Sweble's tree of an article and writes its plain rendering into a {@link PlainBuilder}.
 * Template parameters and reference bodies reach the tree unparsed, so they are parsed on their own
 * when their words are needed, as fragments at their place in the source; a fragment the parser
 * cannot read is written as its text with the markup stripped, never as an error.
 */
public final class Renderer {
  /** Deeper nesting than this is not an article; its text is taken as it stands. */
  private static final int MAX_DEPTH = 24;

  private static final Pattern BLOCK_TAGS =
      Pattern.compile("p|div|li|ul|ol|dl|dd|dt|blockquote|center|h[1-6]|tr|table|hr|pre|section|figure");
  private static final Pattern CODE = Pattern.compile("[A-Z]{2,3}");
  private static final Pattern INTERWIKI = Pattern.compile("[a-z]{2,3}(?:-[a-z]{2,8})*|simple|commons|wikt|wiktionary|wikisource|s|d|m|meta");
  private static final Pattern HIDDEN_NAMESPACE = Pattern.compile("(?i)(?:category|file|image|media)\\s*:.*");
  private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?(?:-->|$)");
  /** Markup a fragment that failed to parse may still hold; its words are kept, this is not. */
  private static final Pattern DEGRADED_MARKUP =
      Pattern.compile("(?s)<!--.*?(?:-->|$)|<[^<>\\n]{0,300}>|\\[\\[(?:[^\\]\\[|\\n]{0,300}\\|)?|]]|\\{\\{[^{}]{0,2000}}}|\\{\\{|}}|'{2,}|\\[https?://\\S*|&[a-z]{2,8};");

  private final String src;
  private final PlainBuilder out;
  private final List<String> section = new ArrayList<>();
  private final Map<String, String> namedRefs = new HashMap<>();
  private NodeSpans spans;
  private int inline;
  private int depth;
  private boolean inLead = true;
  private int boldAt = -1;
  private String infoboxTitle;
  private String boldTitle;

  public Renderer(String src, PlainBuilder out) {
    this.src = src;
    this.out = out;
  }

  /** Renders the whole source. */
  public void render() {
    fragment(0, src.length());
    out.close();
  }

  /** "A–B relations" from the first parameter of an infobox of bilateral relations, or null. */
  public String infoboxTitle() { return infoboxTitle; }

  /** The first bold phrase of the lead, or null. */
  public String boldTitle() { return boldTitle; }

  // ------------------------------------------------------------------ fragments

  /** Parses and renders {@code src[start, end)} in the current mode (blocks, or one line inside a block). */
  void fragment(int start, int end) {
    if (start >= end) return;
    if (depth >= MAX_DEPTH) {
      degraded(start, end);
      return;
    }
    WikiParser.Parsed parsed;
    try {
      parsed = WikiParser.parse(src, start, end);
    } catch (RuntimeException | StackOverflowError e) {
      degraded(start, end);
      return;
    }
    NodeSpans saved = spans;
    spans = parsed.spans();
    depth++;
    try {
      dispatch(parsed.root());
    } finally {
      depth--;
      spans = saved;
    }
  }

  /** Renders a fragment as part of the current line, whatever block structure it holds. */
  void inlineFragment(int start, int end) {
    // the white space around a parameter's value is layout ("| mission1 = ... \n")
    while (start < end && Character.isWhitespace(src.charAt(start))) start++;
    while (end > start && Character.isWhitespace(src.charAt(end - 1))) end--;
    inline++;
    try {
      if (isPlainWords(start, end)) copyTrimmed(start, end);
      else fragment(start, end);
    } finally {
      inline--;
    }
  }

  private boolean isPlainWords(int start, int end) {
    for (int i = start; i < end; i++) {
      char c = src.charAt(i);
      if (c == '[' || c == ']' || c == '{' || c == '}' || c == '\'' || c == '<' || c == '&' || c == '|' || c == '_'
          || c == '\n' || c == ':' || c == '*' || c == '#' || c == '=' || c == ';' || c == '!' || c == '-' || c == '~'
          || c == 'h') return false;
    }
    return true;
  }

  private void copyTrimmed(int start, int end) {
    while (start < end && Character.isWhitespace(src.charAt(start))) start++;
    while (end > start && Character.isWhitespace(src.charAt(end - 1))) end--;
    if (start == end) return;
    ensureOpen();
    out.copy(src.substring(start, end), start);
  }

  /** The words of a fragment the parser could not read: markup dropped, text kept. */
  private void degraded(int start, int end) {
    ensureOpen();
    Matcher m = DEGRADED_MARKUP.matcher(src).region(start, end);
    int at = start;
    while (m.find()) {
      if (m.start() > at) out.copy(src.substring(at, m.start()), at);
      at = m.end();
    }
    if (at < end) out.copy(src.substring(at, end), at);
  }

  // ------------------------------------------------------------------ blocks

  private void ensureOpen() {
    if (!out.isOpen()) out.open(Block.Kind.PARAGRAPH, section, null, null);
  }

  /** Ends the current block; inside a line (an infobox value, a cell) a block break is a space. */
  private void breakBlock(int at) {
    if (inline > 0) {
      if (out.isOpen()) out.insert(" ", at);
    } else {
      out.close();
      boldAt = -1;
    }
  }

  private void open(Block.Kind kind, int at) {
    if (inline > 0) {
      ensureOpen();
      out.insert(" ", at);
    } else {
      out.open(kind, section, null, null);
    }
  }

  // ------------------------------------------------------------------ the walk

  void dispatch(WtNode n) {
    switch (n.getNodeType()) {
      case WtNode.NT_TEXT -> text((WtText) n);
      case WtNode.NT_NEWLINE -> {
        if (out.isOpen()) out.insert(" ", spans.start(n));
      }
      // paragraph marks; inside a line (a parameter's value) the newlines around them already give the space
      case WtNode.NT_IM_START_TAG -> {
        if (inline == 0 && "@p".equals(((WtImStartTag) n).getName())) breakBlock(spans.start(n));
      }
      case WtNode.NT_IM_END_TAG -> {
        if (inline == 0 && "@p".equals(((WtImEndTag) n).getName())) breakBlock(spans.start(n));
      }
      case WtNode.NT_TICKS -> ticks((WtTicks) n);
      case WtNode.NT_SECTION -> section((WtSection) n);
      case WtNode.NT_LIST_ITEM, WtNode.NT_DEFINITION_LIST_DEF -> block(n, Block.Kind.BULLET);
      case WtNode.NT_DEFINITION_LIST_TERM, WtNode.NT_SEMI_PRE_LINE -> block(n, Block.Kind.PARAGRAPH);
      case WtNode.NT_HORIZONTAL_RULE -> breakBlock(spans.start(n));
      case WtNode.NT_TABLE -> new Tables(this).table(n, inline > 0);
      case WtNode.NT_TEMPLATE -> template((WtTemplate) n);
      case WtNode.NT_TAG_EXTENSION -> tagExtension((WtTagExtension) n);
      case WtNode.NT_INTERNAL_LINK -> internalLink((WtInternalLink) n);
      case WtNode.NT_EXTERNAL_LINK -> {
        WtExternalLink l = (WtExternalLink) n;
        // a bracketed URL with no label shows as a number in the wiki: no words
        if (l.hasTitle()) children(l.getTitle());
      }
      case WtNode.NT_XML_ENTITY_REF -> {
        String r = ((WtXmlEntityRef) n).getResolved();
        if (r != null) {
          ensureOpen();
          out.insert(r, spans.start(n));
        }
      }
      case WtNode.NT_XML_CHAR_REF -> {
        ensureOpen();
        out.insert(new String(Character.toChars(validCodePoint(((WtXmlCharRef) n).getCodePoint()))), spans.start(n));
      }
      case WtNode.NT_XML_START_TAG -> htmlTag(((WtXmlStartTag) n).getName(), spans.start(n));
      case WtNode.NT_XML_END_TAG -> htmlTag(((WtXmlEndTag) n).getName(), spans.start(n));
      case WtNode.NT_XML_EMPTY_TAG -> htmlTag(((WtXmlEmptyTag) n).getName(), spans.start(n));
      case WtNode.NT_XML_ELEMENT -> {
        WtXmlElement e = (WtXmlElement) n;
        htmlTag(e.getName(), spans.start(n));
        if (e.hasBody()) children(e.getBody());
        htmlTag(e.getName(), spans.end(n));
      }
      // no words: comments, magic words, signatures, parameters, images, attributes, URLs, language conversion
      case WtNode.NT_XML_COMMENT, WtNode.NT_IGNORED, WtNode.NT_PAGE_SWITCH, WtNode.NT_SIGNATURE, WtNode.NT_REDIRECT,
          WtNode.NT_TEMPLATE_PARAMETER, WtNode.NT_ILLEGAL_CODE_POINT, WtNode.NT_IMAGE_LINK, WtNode.NT_XML_ATTRIBUTES,
          WtNode.NT_XML_ATTRIBUTE, WtNode.NT_XML_ATTRIBUTE_GARBAGE, WtNode.NT_URL, WtNode.NT_NAME,
          WtNode.NT_PAGE_NAME, WtNode.NT_LINK_OPTIONS, WtNode.NT_LCT_VAR_CONV, WtNode.NT_LCT_RULE_CONV, WtNode.NT_LCT_FLAGS,
          WtNode.NT_LCT_RULES, WtNode.NT_GARBAGE -> { }
      default -> children(n);
    }
  }

  void children(WtNode n) {
    for (WtNode c : n) dispatch(c);
  }

  private static int validCodePoint(int cp) {
    return Character.isValidCodePoint(cp) && !Character.isISOControl(cp) ? cp : ' ';
  }

  private void text(WtText t) {
    String s = t.getContent();
    if (s.isEmpty()) return;
    if (!out.isOpen() && s.isBlank()) return;
    ensureOpen();
    out.copy(s, spans.start(t));
  }

  private void block(WtNode n, Block.Kind kind) {
    open(kind, spans.start(n));
    children(n);
    breakBlock(spans.end(n));
  }

  private void htmlTag(String name, int at) {
    String tag = name.toLowerCase(Locale.ROOT);
    if (tag.equals("br")) {
      if (out.isOpen()) out.insert(" ", at);
    } else if (BLOCK_TAGS.matcher(tag).matches()) {
      breakBlock(at);
    } else if (tag.equals("td") || tag.equals("th")) {
      if (out.isOpen()) out.insert(" ", at);
    }
  }

  private void section(WtSection s) {
    if (inline > 0) {
      children(s.getHeading());
      if (s.hasBody()) children(s.getBody());
      return;
    }
    out.close();
    inLead = false;
    int depthOf = Math.max(0, s.getLevel() - 2);
    while (section.size() > depthOf) section.remove(section.size() - 1);
    WtHeading h = s.getHeading();
    // the heading's own block is in its section: its words are known before it is written
    String heading = wordsOf(h);
    if (!heading.isEmpty()) section.add(heading);
    out.open(Block.Kind.HEADING, section, null, null);
    inlineChildren(h);
    out.close();
    if (s.hasBody()) children(s.getBody());
  }

  private void ticks(WtTicks t) {
    // bold is three ticks (five is bold and italic); the lead's first bold phrase may be the title
    int count = t.getTickCount();
    if (count != 3 && count != 5) return;
    if (!inLead || boldTitle != null || inline > 0) return;
    if (boldAt < 0) {
      ensureOpen();
      boldAt = out.length();
    } else {
      String phrase = out.since(boldAt).trim();
      if (!phrase.isEmpty()) boldTitle = phrase;
      boldAt = -1;
    }
  }

  // ------------------------------------------------------------------ links

  private void internalLink(WtInternalLink l) {
    int start = spans.start(l);
    int end = spans.end(l);
    String target = src.substring(spans.start(l.getTarget()), spans.end(l.getTarget()));
    target = target.replace('_', ' ').trim();
    boolean leadingColon = target.startsWith(":");
    if (leadingColon) target = target.substring(1).trim();
    if (!leadingColon && HIDDEN_NAMESPACE.matcher(target).matches()) return;
    int colon = target.indexOf(':');
    if (!leadingColon && colon > 0 && INTERWIKI.matcher(target.substring(0, colon).trim()).matches()) return;
    ensureOpen();
    int from = out.length();
    String prefix = l.getPrefix() == null ? "" : l.getPrefix();
    if (!prefix.isEmpty()) out.copy(prefix, start);
    int labelFrom = out.length();
    if (l.hasTitle()) {
      inlineChildren(l.getTitle());
    } else {
      String shown = src.substring(spans.start(l.getTarget()), spans.end(l.getTarget()));
      int at = spans.start(l.getTarget());
      if (shown.startsWith(":")) {
        shown = shown.substring(1);
        at++;
      }
      out.copy(shown.replace('_', ' '), at);
    }
    String postfix = l.getPostfix() == null ? "" : l.getPostfix();
    if (!postfix.isEmpty()) out.copy(postfix, end - postfix.length());
    int linkStart = prefix.isEmpty() ? labelFrom : from;
    // the label may have begun with a space that joined the text before it
    while (linkStart < out.length() && out.since(linkStart).startsWith(" ")) linkStart++;
    out.link(linkStart, out.length(), target);
  }

  // ------------------------------------------------------------------ tags

  private static final Pattern REF_CLOSE = Pattern.compile("(?i)</ref\\s*>$");
  private static final Pattern REF_NAME = Pattern.compile("(?i)\\bname\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s/>]+))");

  private void tagExtension(WtTagExtension t) {
    String name = t.getName().toLowerCase(Locale.ROOT);
    int start = spans.start(t);
    int end = spans.end(t);
    boolean hasBody = t.hasBody() && spans.has(t.getBody());
    int bodyStart = hasBody ? spans.start(t.getBody()) : end;
    int bodyEnd = hasBody ? spans.end(t.getBody()) : end;
    switch (name) {
      case "ref" -> {
        String opening = src.substring(start, hasBody ? bodyStart : end);
        Matcher nm = REF_NAME.matcher(opening);
        String refName = nm.find() ? firstNonNull(nm.group(1), nm.group(2), nm.group(3)) : null;
        if (!hasBody) {
          // <ref name=x/>: the reference was given in full elsewhere
          if (refName != null && out.isOpen()) out.cite(namedRefs.get(refName));
          return;
        }
        if (!REF_CLOSE.matcher(src.substring(start, end)).find()) {
          // an unclosed <ref> swallows the rest of the page in Sweble; the wiki shows it as text
          fragment(bodyStart, bodyEnd);
          return;
        }
        String url = Citations.url(src, bodyStart, bodyEnd);
        if (refName != null && url != null) namedRefs.putIfAbsent(refName, url);
        if (out.isOpen()) out.cite(url);
      }
      case "nowiki" -> {
        if (hasBody && bodyEnd > bodyStart) {
          ensureOpen();
          out.copy(src.substring(bodyStart, bodyEnd), bodyStart);
        }
      }
      case "poem", "blockquote", "span", "center" -> fragment(bodyStart, bodyEnd);
      default -> { }
    }
  }

  @SafeVarargs
  private static <T> T firstNonNull(T... xs) {
    for (T x : xs) if (x != null) return x;
    return null;
  }

  // ------------------------------------------------------------------ templates

  private void template(WtTemplate t) {
    int start = spans.start(t);
    int end = spans.end(t);
    String rawName = COMMENT.matcher(src.substring(spans.start(t.getName()), spans.end(t.getName()))).replaceAll("");
    if (!TemplateArgs.isValidName(rawName)) {
      // not a template in the wiki either ("{{" left open over a paragraph): its words are text
      int innerStart = Math.min(end, start + 2);
      int innerEnd = src.startsWith("}}", end - 2) && end - 2 >= innerStart ? end - 2 : end;
      fragment(innerStart, innerEnd);
      return;
    }
    String name = Templates.normalize(rawName);
    if (name.startsWith("#") || name.contains(":")) return; // parser functions and magic words
    TemplateArgs args = new TemplateArgs(t, spans, src);
    switch (Templates.kind(name)) {
      case INFOBOX -> infobox(t, name, args);
      case FLAG -> flag(args, false, end);
      case FLAG_ICON -> flag(args, true, end);
      case CITATION -> {
        if (out.isOpen()) out.cite(Citations.url(src, start, end));
      }
      case FIRST -> args.positional(0).ifPresent(a -> inlineFragment(a.start(), a.end()));
      case SECOND -> args.positional(1).ifPresent(a -> inlineFragment(a.start(), a.end()));
      case LAST -> args.lastPositional().ifPresent(a -> inlineFragment(a.start(), a.end()));
      case LIST -> {
        boolean first = true;
        for (TemplateArgs.Arg a : args.positionals()) {
          if (a.text().isBlank()) continue;
          if (!first) {
            ensureOpen();
            out.insert(", ", a.start());
          }
          inlineFragment(a.start(), a.end());
          first = false;
        }
      }
      case CONVERT -> convert(args);
      case DATE -> {
        String d = Templates.date(args.text(0), args.text(1), args.text(2));
        if (d != null) {
          ensureOpen();
          out.insert(d, start);
        } else {
          args.positional(0).ifPresent(a -> inlineFragment(a.start(), a.end()));
        }
      }
      case CURRENCY -> args.positional(0).ifPresent(a -> {
        ensureOpen();
        out.insert(Templates.currencySign(name), start);
        inlineFragment(a.start(), a.end());
      });
      case FIXED -> {
        ensureOpen();
        out.insert(Templates.fixed(name), start);
      }
      case DROP -> { }
    }
  }

  private void convert(TemplateArgs args) {
    List<TemplateArgs.Arg> pos = args.positionals();
    if (pos.isEmpty()) return;
    ensureOpen();
    inlineFragment(pos.get(0).start(), pos.get(0).end());
    int next = 1;
    // a range: {{convert|1|to|3|km}}
    if (pos.size() > 3 && Templates.isRangeWord(pos.get(1).text())) {
      out.insert(" ", pos.get(1).start());
      inlineFragment(pos.get(1).start(), pos.get(1).end());
      out.insert(" ", pos.get(2).start());
      inlineFragment(pos.get(2).start(), pos.get(2).end());
      next = 3;
    }
    if (pos.size() > next) {
      out.insert(" ", pos.get(next).start());
      inlineFragment(pos.get(next).start(), pos.get(next).end());
    }
  }

  private void flag(TemplateArgs args, boolean iconOnly, int end) {
    var arg = args.positional(0);
    if (arg.isEmpty()) return;
    String written = Markup.strip(COMMENT.matcher(arg.get().text()).replaceAll("")).trim();
    if (written.isEmpty()) return;
    var country = Gazetteer.get().country(written);
    if (iconOnly && country.isPresent() && lineNames(end, country.get())) return;
    ensureOpen();
    // a code ({{flag|BRA}}) is shown as the country's name; a name as it is written
    if (country.isPresent() && CODE.matcher(written).matches()) {
      out.insert(country.get().name(), arg.get().start());
    } else {
      inlineFragment(arg.get().start(), arg.get().end());
    }
  }

  /** Whether the rest of the source line after a flag icon names its country ("{{flagicon|India}} India has ..."). */
  private boolean lineNames(int from, Country c) {
    int eol = src.indexOf('\n', from);
    String rest = src.substring(from, eol < 0 ? src.length() : eol);
    return Gazetteer.get().findCountries(rest).stream().anyMatch(m -> m.entity().iso3().equals(c.iso3()));
  }

  private void infobox(WtTemplate t, String name, TemplateArgs args) {
    if (inline > 0) return;
    out.close();
    if (infoboxTitle == null && name.startsWith("infobox bilateral")) {
      String pair = Markup.strip(COMMENT.matcher(args.text(0) == null ? "" : args.text(0)).replaceAll("")).trim();
      if (!pair.isEmpty()) infoboxTitle = pair.endsWith("relations") ? pair : pair + " relations";
    }
    int nameStart = spans.start(t.getName());
    String rawName = src.substring(nameStart, spans.end(t.getName()));
    out.open(Block.Kind.INFOBOX, section, null, null);
    out.copy(rawName.replace('_', ' '), nameStart);
    out.close();
    for (TemplateArgs.Arg a : args.named()) {
      String key = COMMENT.matcher(a.name()).replaceAll("").trim();
      if (key.isEmpty() || a.text().isBlank()) continue;
      out.open(Block.Kind.INFOBOX_ENTRY, section, null, key);
      inlineFragment(a.start(), a.end());
      out.close();
    }
  }

  // for Tables, which writes rows through the same walk
  PlainBuilder out() { return out; }

  NodeSpans spans() { return spans; }

  List<String> sectionPath() { return section; }

  String src() { return src; }

  void inlineChildren(WtNode n) {
    inline++;
    try {
      children(n);
    } finally {
      inline--;
    }
  }

  void ensureBlock() { ensureOpen(); }

  /** The plain words of a node, written aside (a column header that becomes a caption). */
  String wordsOf(WtNode n) {
    PlainBuilder aside = new PlainBuilder(src);
    Renderer r = new Renderer(src, aside);
    r.spans = spans;
    r.depth = depth;
    r.inLead = false;
    aside.open(Block.Kind.PARAGRAPH, List.of(), null, null);
    r.inlineChildren(n);
    aside.close();
    return aside.plain().trim();
  }
}
