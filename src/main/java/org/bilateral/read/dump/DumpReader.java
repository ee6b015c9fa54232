package org.bilateral.read.dump;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.bilateral.BadInputException;

/**
 * Streams the pages of a MediaWiki XML export or dump ({@code .xml}, {@code .xml.bz2},
 * {@code .xml.gz}), one revision at a time, in constant memory: only the text of the revision at
 * hand is kept, and only for pages that are wanted. Element names are matched without their
 * namespace, so every export schema version (0.10, 0.11, ...) reads alike.
 *
 * <p>Skipped without keeping their text: pages outside the article namespace, redirects, titles the
 * caller does not want, and texts over the size limit (reported to the {@link Listener}). A page
 * missing what identifies its revision is reported and skipped; XML that is not well-formed, or
 * ends early, stops the reading with a {@link MalformedDumpException}.
 *
 * <p>Not thread-safe: one thread reads; the counters may be read from any thread.
 */
public final class DumpReader implements Closeable {
  /** The file endings of dumps. */
  public static final List<String> ENDINGS = List.of(".xml", ".xml.bz2", ".xml.gz");

  /** What the reader passes over, for the caller to count or report. */
  public interface Listener {
    /** A wanted page whose text is over the limit; its text was not kept. */
    default void oversized(String title, long revisionId, long bytes) {}

    /** A page that cannot be taken (no title, no revision id, a bad timestamp...); reading goes on. */
    default void malformed(String problem) {}
  }

  private static final int BUFFER = 1 << 16;

  private final String input;
  private final XMLStreamReader xml;
  private final InputStream stream;
  private final CountingInputStream fileBytes;
  private final CountingInputStream xmlBytes;
  private final Predicate<String> wanted;
  private final long maxBytes;
  private final Listener listener;

  private String dbName;
  // the page being read: next() returns inside a page when it has several revisions
  private boolean inPage;
  private String title;
  private int ns;
  private long pageId;
  private boolean redirect;
  private Boolean pageWanted;

  private volatile long pagesScanned;
  private volatile long articlesFound;
  private volatile long revisionsRead;
  private volatile long skippedRedirects;

  /**
   * @param input the name used in messages (the file as the user gave it)
   * @param raw the dump's bytes, compressed as {@code input}'s ending says
   * @param wanted which titles to read (of article-namespace pages that are not redirects)
   * @param maxBytes texts longer than this (in UTF-8 bytes) are skipped
   */
  public DumpReader(String input, InputStream raw, Predicate<String> wanted, long maxBytes, Listener listener) {
    this.input = input;
    this.wanted = wanted;
    this.maxBytes = maxBytes;
    this.listener = listener == null ? new Listener() {} : listener;
    this.fileBytes = new CountingInputStream(new BufferedInputStream(raw, BUFFER));
    this.stream = fileBytes;
    try {
      xmlBytes = new CountingInputStream(new BufferedInputStream(decompress(input, fileBytes), BUFFER));
      xml = factory().createXMLStreamReader(xmlBytes, StandardCharsets.UTF_8.name());
    } catch (IOException e) {
      closeQuietly();
      throw notCompressed(input, e);
    } catch (XMLStreamException e) {
      closeQuietly();
      throw malformed(e);
    }
  }

  /** Opens a dump file, choosing the decompression by its ending. */
  public static DumpReader open(Path file, String input, Predicate<String> wanted, long maxBytes, Listener listener) {
    InputStream raw;
    try {
      if (Files.isDirectory(file)) throw new BadInputException(input, "is a folder, not a dump file");
      raw = Files.newInputStream(file);
    } catch (IOException e) {
      throw BadInputException.reading(input, e);
    }
    return new DumpReader(input, raw, wanted, maxBytes, listener);
  }

  /** True for a file name the dump reader takes. */
  public static boolean isDumpName(Path p) {
    String n = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
    return ENDINGS.stream().anyMatch(n::endsWith);
  }

  /**
   * The next wanted revision, or null at the end of the dump.
   *
   * @throws MalformedDumpException when the XML is not well-formed, ends early, or cannot be read
   */
  public DumpPage next() {
    try {
      while (true) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = xml.getLocalName();
          if (!inPage) {
            if (name.equals("page")) startPage();
            else if (name.equals("dbname")) dbName = xml.getElementText().trim();
            continue;
          }
          switch (name) {
            case "title" -> title = xml.getElementText();
            case "ns" -> ns = parseInt(xml.getElementText(), -1);
            case "id" -> pageId = parseLong(xml.getElementText(), -1);
            case "redirect" -> {
              redirect = true;
              skipElement();
            }
            case "revision" -> {
              DumpPage page = revision();
              if (page != null) return page;
            }
            default -> skipElement();
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          if (inPage && xml.getLocalName().equals("page")) {
            inPage = false;
            pagesScanned++;
          }
        } else if (event == XMLStreamConstants.END_DOCUMENT) {
          if (inPage) throw new MalformedDumpException(input, "XML ends inside the page \"" + title + "\"");
          return null;
        }
      }
    } catch (XMLStreamException e) {
      throw malformed(e);
    } catch (UncheckedIOException e) {
      throw new MalformedDumpException(input, "cannot read on (" + e.getCause().getMessage() + ")");
    } catch (java.util.NoSuchElementException e) {
      // StAX's hasNext() contract: next() past the end; an empty or cut file gets here
      throw new MalformedDumpException(input, "XML ends early, at byte " + xmlBytes.count());
    }
  }

  private void startPage() {
    inPage = true;
    title = null;
    ns = 0; // exports before schema 0.6 had no <ns>; their titles carry the namespace prefix instead
    pageId = -1;
    redirect = false;
    pageWanted = null;
  }

  private boolean pageWanted() {
    if (pageWanted == null) {
      pageWanted = title != null && ns == 0 && !redirect && wanted.test(title);
      if (pageWanted) articlesFound++;
      if (redirect && ns == 0) skippedRedirects++;
    }
    return pageWanted;
  }

  /** At {@code <revision>}: reads it when the page is wanted, else passes over it. */
  private DumpPage revision() throws XMLStreamException {
    if (title == null) {
      skipElement();
      listener.malformed("page " + (pageId >= 0 ? pageId : "without id") + " has no <title> before its revision");
      return null;
    }
    if (!pageWanted()) {
      skipElement();
      return null;
    }
    revisionsRead++;
    long revisionId = -1;
    String timestamp = null;
    String text = null;
    long oversize = -1;
    boolean hasText = false;
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT) break; // </revision>: its children are consumed whole
      if (event != XMLStreamConstants.START_ELEMENT) continue;
      switch (xml.getLocalName()) {
        case "id" -> revisionId = parseLong(xml.getElementText(), -1);
        case "timestamp" -> timestamp = xml.getElementText().trim();
        case "text" -> {
          hasText = true;
          long declared = parseLong(xml.getAttributeValue(null, "bytes"), -1);
          if (declared > maxBytes) {
            oversize = declared;
            skipElement();
          } else {
            text = text();
            if (text == null) oversize = Math.max(declared, maxBytes + 1);
          }
        }
        default -> skipElement();
      }
    }
    String which = "page \"" + title + "\"";
    if (revisionId < 0) {
      listener.malformed(which + " has a revision without a numeric <id>");
      return null;
    }
    which += " (revision " + revisionId + ")";
    if (timestamp == null || !isInstant(timestamp)) {
      listener.malformed(which + (timestamp == null ? " has no <timestamp>" : " has a bad <timestamp> \"" + timestamp + "\""));
      return null;
    }
    if (oversize >= 0) {
      listener.oversized(title, revisionId, oversize);
      return null;
    }
    if (!hasText) {
      listener.malformed(which + " has no <text>");
      return null;
    }
    return new DumpPage(title, ns, pageId, revisionId, timestamp, text);
  }

  /** At {@code <text>}: its content, or null when it is over the limit (then it was not kept whole). */
  private String text() throws XMLStreamException {
    StringBuilder sb = new StringBuilder();
    boolean over = false;
    while (true) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (over) continue;
          int len = xml.getTextLength();
          // a char is at least one UTF-8 byte: past the limit in chars is past it in bytes
          if (sb.length() + (long) len > maxBytes) {
            over = true;
            sb = null;
          } else {
            sb.append(xml.getTextCharacters(), xml.getTextStart(), len);
          }
        }
        case XMLStreamConstants.START_ELEMENT -> skipElement();
        case XMLStreamConstants.END_ELEMENT -> {
          if (over) return null;
          String s = sb.toString();
          return utf8Length(s) > maxBytes ? null : s;
        }
        default -> {}
      }
    }
  }

  /** At a start tag: moves to its end tag without keeping anything. */
  private void skipElement() throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) depth++;
      else if (event == XMLStreamConstants.END_ELEMENT) depth--;
    }
  }

  /** The wiki's database name from the dump's site info ({@code enwiki}), or null when it has none (yet). */
  public String dbName() { return dbName; }

  public String input() { return input; }

  /** Pages passed, wanted or not. */
  public long pagesScanned() { return pagesScanned; }

  /** Pages whose title was wanted (article namespace, not a redirect). */
  public long articlesFound() { return articlesFound; }

  /** Revisions of wanted pages read. */
  public long revisionsRead() { return revisionsRead; }

  public long redirectsSkipped() { return skippedRedirects; }

  /** Bytes read from the file (compressed, when it is). */
  public long fileBytesRead() { return fileBytes.count(); }

  /** Bytes of XML read (after decompression). */
  public long xmlBytesRead() { return xmlBytes == null ? 0 : xmlBytes.count(); }

  @Override
  public void close() {
    try {
      if (xml != null) xml.close();
    } catch (XMLStreamException ignored) {
      // the stream below is closed next, which is what frees the file
    }
    closeQuietly();
  }

  private void closeQuietly() {
    try {
      stream.close();
    } catch (IOException ignored) {
      // nothing was written, so nothing is lost
    }
  }

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    // a dump has no DTD; refusing one also refuses entity tricks (billion laughs, external files)
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    // The JDK counts every &amp; and &lt; of the whole document against a 50-million limit meant
    // for DTD entities, which a real dump passes; with DTDs refused, these limits guard nothing.
    for (String limit : new String[] {"jdk.xml.totalEntitySizeLimit", "jdk.xml.maxGeneralEntitySizeLimit",
        "jdk.xml.entityExpansionLimit"}) {
      try {
        f.setProperty(limit, 0);
      } catch (IllegalArgumentException ignored) {
        // another StAX implementation without these limits
      }
    }
    return f;
  }

  private static InputStream decompress(String input, InputStream in) throws IOException {
    String n = input.toLowerCase(Locale.ROOT);
    // multi-stream: parallel bzip2 tools and Wikimedia's multistream dumps concatenate streams
    if (n.endsWith(".bz2")) {
      try {
        return new BZip2CompressorInputStream(in, true);
      } catch (LinkageError e) {
        // commons-compress 1.28 needs commons-io 2.x; an older one on the classpath breaks bzip2 only
        throw new IllegalStateException("bzip2 is not readable with this build (" + e + "): commons-io 2.x is missing", e);
      }
    }
    if (n.endsWith(".gz")) return new GZIPInputStream(in, BUFFER);
    return in;
  }

  private static MalformedDumpException notCompressed(String input, IOException e) {
    String n = input.toLowerCase(Locale.ROOT);
    String kind = n.endsWith(".bz2") ? "bzip2" : n.endsWith(".gz") ? "gzip" : null;
    if (kind != null && (e instanceof ZipException || e.getMessage() != null))
      return new MalformedDumpException(input, "not " + kind + "-compressed as its name says (" + e.getMessage() + ")");
    return new MalformedDumpException(input, "cannot read (" + e.getMessage() + ")");
  }

  private MalformedDumpException malformed(XMLStreamException e) {
    Location at = e.getLocation();
    String message = e.getMessage() == null ? "XML error" : e.getMessage();
    // the JDK prefixes "ParseError at [row,col]:[r,c]\nMessage: " to the message itself
    int m = message.indexOf("Message: ");
    if (m >= 0) message = message.substring(m + "Message: ".length());
    Throwable cause = e.getNestedException() != null ? e.getNestedException() : e.getCause();
    if (cause instanceof IOException io) message = "cannot read on (" + io.getMessage() + ")";
    String where = at != null && at.getLineNumber() > 0
        ? "line " + at.getLineNumber() + ", column " + at.getColumnNumber() : "byte " + xmlBytes();
    String page = inPage && title != null ? " in the page \"" + title + "\"" : "";
    return new MalformedDumpException(input, "malformed XML at " + where + page + ": "
        + message.strip().replaceAll("\\s*\\R\\s*", " "));
  }

  private long xmlBytes() { return xmlBytes == null ? 0 : xmlBytes.count(); }

  private static boolean isInstant(String s) {
    try {
      Instant.parse(s);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static long parseLong(String s, long otherwise) {
    if (s == null) return otherwise;
    try {
      return Long.parseLong(s.trim());
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }

  private static int parseInt(String s, int otherwise) {
    long v = parseLong(s, otherwise);
    return v > Integer.MAX_VALUE || v < Integer.MIN_VALUE ? otherwise : (int) v;
  }

  private static long utf8Length(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) n++;
      else if (c < 0x800) n += 2;
      else if (Character.isHighSurrogate(c)) {
        n += 4;
        i++;
      } else n += 3;
    }
    return n;
  }
}
