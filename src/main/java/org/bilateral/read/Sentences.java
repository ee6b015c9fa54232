package org.bilateral.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits blocks into sentences with OpenNLP's trained English model, which knows abbreviations
 * ("U.S.", "Mr.", "Dr.") that a regex would cut at. Headings, captions and infobox entries are one
 * sentence each; bullets are split too, since a long bullet can hold several statements.
 */
public final class Sentences {
  private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  private static volatile SentenceModel model;

  /** A piece of a bullet shorter than this is not a sentence of its own. */
  private static final int SHORTEST = 24;

  private final SentenceDetectorME detector;

  public Sentences() {
    this.detector = new SentenceDetectorME(model());
  }

  private static SentenceModel model() {
    if (model == null) {
      synchronized (Sentences.class) {
        if (model == null) {
          try (InputStream in = Sentences.class.getResourceAsStream(MODEL)) {
            if (in == null) throw new IllegalStateException("sentence model missing from the classpath: " + MODEL);
            model = new SentenceModel(in);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
    }
    return model;
  }

  /**
   * The model cuts after an initial ("External Affairs Minister S. Jaishankar") and before a
   * comma ("Washington, D.C., on 30 November"); such a cut is undone.
   */
  static Span[] joinAtInitials(String text, Span[] spans) {
    List<Span> out = new ArrayList<>();
    for (Span s : spans) {
      if (!out.isEmpty()) {
        Span last = out.get(out.size() - 1);
        // only the end of the sentence before is tested: an initial or an abbreviation is its last word
        int from = Math.max(last.getStart(), last.getEnd() - 8);
        // (a window that starts inside a word must not read as the sentence's start)
        String prev = (from > last.getStart() && !Character.isWhitespace(text.charAt(from - 1)) ? "x" : "")
            + text.substring(from, last.getEnd());
        String next = text.substring(s.getStart(), s.getEnd());
        // no sentence starts with a comma or a small letter: the model cut at "D.C." or "U.S."
        // "Doha, 25 Nov. 2019", "(est. 1972)": an abbreviation before a figure does not end a sentence
        // "President E.Sh. Rahmon", "V.V. Putin" after an office: a name's initials, however many
        String longer = text.substring(Math.max(last.getStart(), last.getEnd() - 40), last.getEnd());
        if (INITIAL_END.matcher(prev).find() || INITIALS_AFTER_OFFICE.matcher(longer).find() || CONTINUATION.matcher(next).lookingAt()
            || ABBREVIATION_BEFORE_FIGURE.matcher(prev).find() && (Character.isDigit(next.charAt(0)) || HEDGE_BEFORE_MONEY.matcher(prev).find() && MONEY_START.matcher(next).lookingAt())
            // "inauguration of Pres. Ibrahim Boubacar Keïta", "Amb. Monica Juma": a title cut short before a name
            || TITLE_BEFORE_NAME.matcher(prev).find() && Character.isUpperCase(next.charAt(0))) {
          out.set(out.size() - 1, new Span(last.getStart(), s.getEnd()));
          continue;
        }
      }
      out.add(s);
    }
    return out.toArray(new Span[0]);
  }

  // a month's, a weekday's ("Riyadh, Mon. 26/2/2018"), and others a figure follows ("(est. 1972)", "approx. 200,000", "No. 3")
  private static final java.util.regex.Pattern ABBREVIATION_BEFORE_FIGURE = java.util.regex.Pattern.compile(
      "\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|est|estd|approx|ca|c|[Nn]o|[Nn]os|incl|fig|vol|pp?)\\.$");
  private static final java.util.regex.Pattern TITLE_BEFORE_NAME = java.util.regex.Pattern.compile(
      "\\b(?:Pres|Amb|Gen|Dr|Min|Sen|Gov|Hon|Prof|Col|Lt|Maj|Capt|Adm|Brig|Cdr|Mr|Mrs|Ms|Rev|Sr|HE|H\\.E)\\.$");
  /** "approx. USD 25.2 bn", "ca. €4 million": a hedge before an amount whose currency comes first. */
  private static final java.util.regex.Pattern HEDGE_BEFORE_MONEY = java.util.regex.Pattern.compile("\\b(?:est|approx|ca|c)\\.$");
  private static final java.util.regex.Pattern MONEY_START = java.util.regex.Pattern.compile("(?:US\\s?\\$|[A-Z]{3}\\s?|[$€£¥₹])\\s?\\d");
  private static final java.util.regex.Pattern CONTINUATION = java.util.regex.Pattern.compile("[,;:)\\p{Ll}]");
  /**
   * A lone capital ("S.") or a two-letter initial without a vowel ("Kh. Battulga", "Ts. Elbegdorj");
   * a short name with a vowel ("President Xi.") may end a sentence, so it is not joined.
   */
  private static final java.util.regex.Pattern INITIALS_AFTER_OFFICE = java.util.regex.Pattern.compile(
      "\\b(?:President|Minister|Premier|Chairman|Speaker|Ambassador|Secretary|General|Mr|Mrs|Ms|Dr)\\.?\\s+(?:\\p{Lu}\\p{Ll}?\\.){2,3}$");
  private static final java.util.regex.Pattern INITIAL_END = java.util.regex.Pattern.compile(
      "(?:^|[\\s(])\\p{Lu}[b-df-hj-np-tv-xz]?\\.$");

  /** All sentences of a document, in order. */
  public List<Sentence> split(Document doc) {
    List<Sentence> out = new ArrayList<>();
    for (Block b : doc.blocks()) {
      switch (b.kind()) {
        case PARAGRAPH, BULLET -> {
          String content = doc.slice(b.contentStart(), b.end());
          Span[] spans = detector.sentPosDetect(content);
          // A list entry is one statement; the model may still cut it at an initial ("V. Muraleedharan").
          if (b.kind() == Block.Kind.BULLET && java.util.Arrays.stream(spans).anyMatch(s -> s.length() < SHORTEST)) {
            spans = new Span[] {new Span(0, content.length())};
          }
          spans = joinAtInitials(content, spans);
          int i = 0;
          for (Span s : spans) {
            out.add(new Sentence(b.contentStart() + s.getStart(), b.contentStart() + s.getEnd(), b, i++));
          }
        }
        default -> out.add(new Sentence(b.contentStart(), b.end(), b, 0));
      }
    }
    return out;
  }
}
