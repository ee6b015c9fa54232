package org.bilateral.sources.historian;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A small element tree read with StAX that keeps, for every element, its span in the file's text
 * (from its '<' to the end of its closing tag), so that a fact can point at the paragraph or record
 * it came from. The Historian's files are small; a tree per file is cheap.
 */
final class XmlElement {
  final String name;
  final Map<String, String> attributes = new LinkedHashMap<>();
  final List<Object> children = new ArrayList<>(); // XmlElement or String
  int start;
  int end;

  private XmlElement(String name) { this.name = name; }

  /** Reads the element the reader is positioned on (START_ELEMENT), with everything inside it. */
  static XmlElement read(XMLStreamReader r, String text) throws XMLStreamException {
    XmlElement e = new XmlElement(r.getLocalName());
    int after = r.getLocation().getCharacterOffset();
    e.start = after > 0 ? text.lastIndexOf('<', after - 1) : 0;
    for (int i = 0; i < r.getAttributeCount(); i++) {
      String prefix = r.getAttributePrefix(i);
      e.attributes.put((prefix == null || prefix.isEmpty() ? "" : prefix + ":") + r.getAttributeLocalName(i),
          r.getAttributeValue(i));
    }
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        e.children.add(read(r, text));
      } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
          || ev == XMLStreamConstants.SPACE) {
        e.children.add(r.getText());
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        // the parser's offset may run past white space after the closing tag: end at its '>'
        int off = r.getLocation().getCharacterOffset();
        int limit = off > 0 ? Math.min(off, text.length()) : text.length();
        int close = text.lastIndexOf("</", Math.max(0, limit - 1));
        int from = close > e.start ? close : e.start; // an empty element (<x/>) has no closing tag
        int gt = text.indexOf('>', from);
        e.end = gt < 0 ? limit : gt + 1;
        return e;
      }
    }
    e.end = text.length();
    return e;
  }

  List<XmlElement> elements() {
    List<XmlElement> out = new ArrayList<>();
    for (Object c : children) if (c instanceof XmlElement x) out.add(x);
    return out;
  }

  List<XmlElement> elements(String name) {
    return elements().stream().filter(x -> x.name.equals(name)).toList();
  }

  XmlElement first(String name) {
    for (XmlElement x : elements()) if (x.name.equals(name)) return x;
    return null;
  }

  /** Every descendant of that name, in document order. */
  List<XmlElement> descendants(String name) {
    List<XmlElement> out = new ArrayList<>();
    for (XmlElement x : elements()) {
      if (x.name.equals(name)) out.add(x);
      out.addAll(x.descendants(name));
    }
    return out;
  }

  String attr(String name) { return attributes.get(name); }

  /** The text without markup, white space folded. */
  String text() {
    StringBuilder b = new StringBuilder();
    append(b);
    return b.toString().replaceAll("\\s+", " ").strip();
  }

  private void append(StringBuilder b) {
    for (Object c : children) {
      if (c instanceof String s) b.append(s);
      else ((XmlElement) c).append(b);
    }
  }

  static String text(XmlElement e) { return e == null ? null : e.text(); }
}
