package org.bilateral.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Writes a MediaWiki XML dump for the end-to-end benchmark: relations articles built from
 * templates of our own words (varied countries, dates, missions, visits, agreements, trade) among
 * many unrelated pages of filler text, talk pages and redirects. Seeded, so every run writes the
 * same bytes.
 *
 * <p>Usage: {@code DumpGenerator OUT.xml [TOTAL_BYTES [RELATIONS_PAGES]]} (defaults: 1 GB, 10,000).
 */
public final class DumpGenerator {
  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December"};
  private static final String[] TOPICS = {"fisheries", "trade", "energy", "education", "climate", "mining",
      "agriculture", "tourism", "health", "science", "culture", "transport", "water management", "security"};
  private static final String[] OFFICES = {"foreign minister", "president", "prime minister", "trade minister",
      "minister of defence", "vice president"};
  private static final String[] AGREEMENTS = {"an agreement on cultural cooperation", "a treaty on extradition",
      "a memorandum of understanding on agriculture", "an agreement on the avoidance of double taxation",
      "an air services agreement", "an agreement on visa exemption for diplomatic passports"};
  private static final String[] GOODS = {"copper", "salmon", "machinery", "wine", "coffee", "textiles", "fruit",
      "vehicles", "pharmaceuticals", "timber", "fertiliser", "electronics"};
  private static final String[] WORDS = ("the of and a in river valley town was is century built church road "
      + "station school market bridge north south east west village district population census mountain lake "
      + "railway harbour castle museum festival league club season album song band film novel author painter "
      + "species genus family plant flower bird insect mineral rock island coast forest park garden street "
      + "square tower hall library university college hospital factory mill farm field bank company product "
      + "engine model series version record released published founded located known named after during "
      + "between around about under over since until first second third new old large small long short high "
      + "low early late local regional national annual major minor main central upper lower").split(" ");

  private record Country(String name, String capital) {}

  private final Random random = new Random(20240601L);
  private final List<Country> countries;
  private long pageId = 1;
  private long revisionId = 1_000_000;

  private DumpGenerator(List<Country> countries) {
    this.countries = countries;
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: DumpGenerator OUT.xml [TOTAL_BYTES [RELATIONS_PAGES]]");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    long total = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000_000L;
    int relations = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
    long t0 = System.nanoTime();
    Stats s = new DumpGenerator(loadCountries()).write(out, total, relations);
    System.out.printf("wrote %s: %,d bytes, %,d pages (%,d relations articles) in %.1f s%n", out, Files.size(out),
        s.pages, s.relations, (System.nanoTime() - t0) / 1e9);
  }

  private static final class Stats {
    long pages;
    long relations;
  }

  /** Sovereign countries with a capital, from the gazetteer's own table, so that every name is known. */
  private static List<Country> loadCountries() throws IOException {
    List<Country> out = new ArrayList<>();
    try (InputStream in = DumpGenerator.class.getResourceAsStream("/org/bilateral/gazetteer/countries.tsv")) {
      if (in == null) throw new IllegalStateException("countries.tsv is not on the classpath");
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String header = null;
      for (String line; (line = r.readLine()) != null; ) {
        if (line.startsWith("#")) continue;
        if (header == null) {
          header = line;
          continue;
        }
        String[] f = line.split("\t", -1);
        // iso3 iso2 name official aliases demonyms capital lat lon independent area
        if (f.length > 9 && f[9].equals("1") && !f[6].isBlank() && !f[2].contains("-") && !f[2].contains("–"))
          out.add(new Country(f[2], f[6].split("[,;|]")[0].trim()));
      }
    }
    return out;
  }

  private Stats write(Path out, long totalBytes, int relationsPages) throws IOException {
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0; i < countries.size(); i++)
      for (int j = i + 1; j < countries.size(); j++) pairs.add(new int[] {i, j});
    Collections.shuffle(pairs, random);
    if (pairs.size() < relationsPages)
      throw new IllegalStateException("only " + pairs.size() + " pairs for " + relationsPages + " pages");
    Stats stats = new Stats();
    // the relations pages are spread evenly among the filler: one every `every` pages
    long fillerBytes = totalBytes - relationsPages * 3_500L;
    long fillerPages = Math.max(relationsPages, fillerBytes / 7_000);
    long every = Math.max(1, (fillerPages + relationsPages) / relationsPages);
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 20)) {
      CountingWriter cw = new CountingWriter(w);
      cw.write("<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.11/\" version=\"0.11\" xml:lang=\"en\">\n"
          + "  <siteinfo>\n    <sitename>Benchwiki</sitename>\n    <dbname>benchwiki</dbname>\n"
          + "    <base>https://bench.example.org/wiki/Main_Page</base>\n  </siteinfo>\n");
      int next = 0;
      long n = 0;
      while (next < relationsPages || cw.count < totalBytes - 200) {
        n++;
        if (next < relationsPages && n % every == 0) {
          int[] p = pairs.get(next++);
          Country a = countries.get(p[0]), b = countries.get(p[1]);
          if (random.nextBoolean()) {
            Country t = a;
            a = b;
            b = t;
          }
          String dash = random.nextInt(10) == 0 ? "-" : "–";
          page(cw, a.name() + dash + b.name() + " relations", 0, null, relations(a, b));
          stats.relations++;
        } else {
          int kind = random.nextInt(100);
          String title = filler(2 + random.nextInt(3), true) + " " + n;
          if (kind < 3) page(cw, title, 0, "Some other page " + n, "#REDIRECT [[Some other page " + n + "]]");
          else if (kind < 8) page(cw, "Talk:" + title, 1, null, filler(40 + random.nextInt(200), false));
          else page(cw, title, 0, null, fillerArticle());
        }
        stats.pages++;
      }
      cw.write("</mediawiki>\n");
    }
    return stats;
  }

  private void page(CountingWriter w, String title, int ns, String redirect, String text) throws IOException {
    StringBuilder sb = new StringBuilder(text.length() + 600);
    sb.append("  <page>\n    <title>").append(escape(title)).append("</title>\n    <ns>").append(ns)
        .append("</ns>\n    <id>").append(pageId++).append("</id>\n");
    if (redirect != null) sb.append("    <redirect title=\"").append(escape(redirect)).append("\" />\n");
    int year = 2010 + random.nextInt(14);
    sb.append("    <revision>\n      <id>").append(revisionId++).append("</id>\n      <timestamp>")
        .append(String.format("%d-%02d-%02dT%02d:%02d:%02dZ", year, 1 + random.nextInt(12), 1 + random.nextInt(28),
            random.nextInt(24), random.nextInt(60), random.nextInt(60)))
        .append("</timestamp>\n      <contributor>\n        <username>Editor").append(random.nextInt(5000))
        .append("</username>\n        <id>").append(random.nextInt(1_000_000)).append("</id>\n      </contributor>\n")
        .append("      <model>wikitext</model>\n      <format>text/x-wiki</format>\n")
        .append("      <text bytes=\"").append(text.getBytes(StandardCharsets.UTF_8).length)
        .append("\" xml:space=\"preserve\">").append(escape(text)).append("</text>\n    </revision>\n  </page>\n");
    w.write(sb.toString());
  }

  private String relations(Country a, Country b) {
    StringBuilder t = new StringBuilder(4096);
    int established = 1900 + random.nextInt(100);
    t.append("'''").append(a.name()).append("–").append(b.name()).append(" relations''' are the bilateral relations ")
        .append("between [[").append(a.name()).append("]] and [[").append(b.name()).append("]]. ")
        .append("This page was generated for a benchmark; its facts are invented.\n\n");
    t.append("== History ==\n");
    t.append(a.name()).append(" and ").append(b.name()).append(" established diplomatic relations on ")
        .append(date(established)).append(". ");
    if (random.nextInt(4) == 0) {
      int broken = established + 5 + random.nextInt(30);
      t.append("Relations were broken off in ").append(MONTHS[random.nextInt(12)]).append(" ").append(broken)
          .append(" and restored in ").append(broken + 1 + random.nextInt(10)).append(". ");
    }
    t.append("Both countries are members of the United Nations");
    if (random.nextBoolean()) t.append(" and the World Trade Organization");
    t.append(".\n\n").append(filler(30 + random.nextInt(40), false)).append("\n\n");
    t.append("== Diplomatic missions ==\n");
    int opened = Math.max(established, 1950) + random.nextInt(50);
    t.append("In ").append(MONTHS[random.nextInt(12)]).append(" ").append(opened).append(", ").append(a.name())
        .append(" opened an embassy in ").append(b.capital()).append(". ");
    t.append(b.name()).append(random.nextBoolean() ? " has an embassy in " : " keeps an embassy in ")
        .append(a.capital()).append(".\n");
    if (random.nextInt(3) == 0) {
      t.append("* ").append(a.name()).append(" has an embassy in ").append(b.capital()).append(".\n");
      t.append("* ").append(b.name()).append(" has an embassy in ").append(a.capital()).append(".\n");
    }
    t.append("\n== High-level visits ==\n");
    int visits = 2 + random.nextInt(5);
    for (int i = 0; i < visits; i++) {
      Country from = random.nextBoolean() ? a : b;
      Country to = from == a ? b : a;
      t.append("In ").append(MONTHS[random.nextInt(12)]).append(" ").append(1990 + random.nextInt(34))
          .append(", the ").append(OFFICES[random.nextInt(OFFICES.length)]).append(" of ").append(from.name())
          .append(random.nextBoolean() ? " travelled to " : " paid an official visit to ").append(to.capital())
          .append(" for talks on ").append(TOPICS[random.nextInt(TOPICS.length)]).append(". ");
    }
    t.append("\n\n== Agreements ==\n");
    int agreements = 1 + random.nextInt(3);
    for (int i = 0; i < agreements; i++) {
      t.append("In ").append(1995 + random.nextInt(29)).append(", both countries signed ")
          .append(AGREEMENTS[random.nextInt(AGREEMENTS.length)]).append(". ");
    }
    t.append("\n\n== Trade ==\n");
    t.append("In ").append(2010 + random.nextInt(14)).append(", trade between the two countries amounted to US$")
        .append(10 + random.nextInt(900)).append(" million. ").append(a.name()).append(" exports ")
        .append(GOODS[random.nextInt(GOODS.length)]).append(" and ").append(GOODS[random.nextInt(GOODS.length)])
        .append(" to ").append(b.name()).append(".\n\n");
    t.append("== See also ==\n* Foreign relations of ").append(a.name()).append("\n* Foreign relations of ")
        .append(b.name()).append("\n");
    return t.toString();
  }

  private String date(int year) {
    return (1 + random.nextInt(28)) + " " + MONTHS[random.nextInt(12)] + " " + year;
  }

  private String fillerArticle() {
    StringBuilder t = new StringBuilder(8192);
    int sections = 2 + random.nextInt(5);
    t.append("'''").append(filler(3, true)).append("''' ").append(filler(40, false)).append("\n\n");
    for (int s = 0; s < sections; s++) {
      t.append("== ").append(filler(2, true)).append(" ==\n");
      int paragraphs = 1 + random.nextInt(3);
      for (int p = 0; p < paragraphs; p++) t.append(filler(60 + random.nextInt(120), false)).append("\n\n");
    }
    t.append("{{Reflist}}\n[[Category:").append(filler(2, true)).append("]]\n");
    return t.toString();
  }

  private String filler(int words, boolean title) {
    StringBuilder sb = new StringBuilder(words * 8);
    for (int i = 0; i < words; i++) {
      String w = WORDS[random.nextInt(WORDS.length)];
      if (i > 0) sb.append(' ');
      if ((title || i == 0) && !w.isEmpty()) w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
      sb.append(w);
      if (!title && i % 14 == 13) sb.append(random.nextInt(5) == 0 ? " & co." : ".");
    }
    if (!title) sb.append('.');
    return sb.toString();
  }

  private static String escape(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String r = c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : c == '"' ? "&quot;" : null;
      if (r != null && sb == null) sb = new StringBuilder(s.length() + 16).append(s, 0, i);
      if (sb != null) {
        if (r != null) sb.append(r);
        else sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }

  /** Counts UTF-8 bytes written (the dump is ASCII but for the en dashes), to stop near the target size. */
  private static final class CountingWriter {
    private final Writer w;
    long count;

    CountingWriter(Writer w) {
      this.w = w;
    }

    void write(String s) throws IOException {
      w.write(s);
      count += s.length();
      for (int i = 0; i < s.length(); i++) if (s.charAt(i) > 0x7f) count += 2;
    }
  }
}
