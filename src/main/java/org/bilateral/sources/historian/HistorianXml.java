package org.bilateral.sources.historian;

import java.io.StringReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.bilateral.BadInputException;

/** Parses a Historian file into an element tree; external entities and DTDs are refused. */
final class HistorianXml {
  private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();

  static {
    FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    FACTORY.setProperty(XMLInputFactory.IS_COALESCING, true);
  }

  private HistorianXml() {}

  static XmlElement parse(String input, String text) {
    try {
      XMLStreamReader r = FACTORY.createXMLStreamReader(new StringReader(text));
      try {
        while (r.hasNext()) {
          if (r.next() == XMLStreamConstants.START_ELEMENT) return XmlElement.read(r, text);
        }
      } finally {
        r.close();
      }
    } catch (XMLStreamException e) {
      String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNumber() + ": ";
      String m = e.getMessage() == null ? "" : e.getMessage().replaceAll("^ParseError at \\[[^]]*\\]\\s*Message:\\s*", "");
      throw new BadInputException(input, "not well-formed XML (" + where + m.strip() + ")");
    }
    throw new BadInputException(input, "no XML element in the file");
  }
}
