package org.bilateral.read.dump;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;

/** Writes small MediaWiki exports for tests: texts of our own, invented for them. */
public final class Dumps {
  private Dumps() {}

  /** An article about Chile and Norway, first revision: relations and memberships. */
  public static final String CHILE_NORWAY_OLD = "Chile and Norway established diplomatic relations on 14 March 1921. "
      + "Both countries belong to the United Nations.";

  /** The newer revision: relations and missions, no memberships. */
  public static final String CHILE_NORWAY_NEW = "Chile and Norway established diplomatic relations on 14 March 1921.\n\n"
      + "== Missions ==\nIn June 1998, Norway opened an embassy in Santiago. Chile keeps an embassy in Oslo.";

  public static String revision(long id, String timestamp, String text) {
    return "    <revision>\n      <id>" + id + "</id>\n      <parentid>1</parentid>\n      <timestamp>" + timestamp
        + "</timestamp>\n      <contributor><username>Tester</username><id>42</id></contributor>\n"
        + "      <model>wikitext</model>\n      <format>text/x-wiki</format>\n"
        + "      <text bytes=\"" + text.getBytes(StandardCharsets.UTF_8).length + "\" xml:space=\"preserve\">"
        + escape(text) + "</text>\n      <sha1>x</sha1>\n    </revision>\n";
  }

  public static String page(String title, int ns, long id, String... revisions) {
    return "  <page>\n    <title>" + escape(title) + "</title>\n    <ns>" + ns + "</ns>\n    <id>" + id + "</id>\n"
        + String.join("", revisions) + "  </page>\n";
  }

  public static String redirect(String title, long id, String target) {
    return "  <page>\n    <title>" + escape(title) + "</title>\n    <ns>0</ns>\n    <id>" + id + "</id>\n"
        + "    <redirect title=\"" + escape(target) + "\" />\n"
        + revision(id * 10, "2020-01-01T00:00:00Z", "#REDIRECT [[" + target + "]]") + "  </page>\n";
  }

  /** A whole export (schema 0.11 unless another namespace is given) around the pages. */
  public static String exportSchema(String schema, String... pages) {
    return "<mediawiki xmlns=\"http://www.mediawiki.org/xml/" + schema + "/\" version=\"0.11\" xml:lang=\"en\">\n"
        + "  <siteinfo>\n    <sitename>Testwiki</sitename>\n    <dbname>testwiki</dbname>\n  </siteinfo>\n"
        + String.join("", pages) + "</mediawiki>\n";
  }

  public static String export(String... pages) {
    return exportSchema("export-0.11", pages);
  }

  /** Writes the XML, compressed as the file name's ending says. */
  public static Path write(Path file, String xml) {
    try (OutputStream raw = Files.newOutputStream(file); OutputStream out = compress(file, raw)) {
      out.write(xml.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  private static OutputStream compress(Path file, OutputStream raw) throws IOException {
    String n = file.getFileName().toString();
    if (n.endsWith(".bz2")) return new BZip2CompressorOutputStream(raw);
    if (n.endsWith(".gz")) return new GZIPOutputStream(raw);
    return raw;
  }

  /**
   * Whether commons-compress can read bzip2 here: version 1.28 needs commons-io 2.x, which an older
   * commons-io brought in by another dependency can shadow.
   */
  public static boolean bzip2Works() {
    try {
      new org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream(
          new java.io.ByteArrayInputStream(new byte[] {'B', 'Z', 'h', '9', 0x17, 0x72, 0x45, 0x38, 0x50, (byte) 0x90,
              0, 0, 0, 0}), true).close();
      return true;
    } catch (LinkageError | IOException e) {
      return !(e instanceof LinkageError);
    }
  }

  public static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
