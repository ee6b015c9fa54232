package org.bilateral.extract;

import java.util.List;
import org.bilateral.model.Dossier;
import org.bilateral.model.Fact;
import org.bilateral.model.PartialDate;
import org.bilateral.read.Block;
import org.bilateral.read.Document;
import org.bilateral.read.Sentence;
import org.bilateral.read.Sentences;

/**
 * Reads a document into a dossier: finds the pair, splits sentences, then runs the fact readers
 * over each sentence in a row (the way a spaCy pipeline runs its components over a Doc), carrying
 * the last date seen so that "the following year" and "in November" can be resolved.
 */
public final class Extractor {
  private final Sentences sentences = new Sentences();
  private final java.util.function.Supplier<List<FactReader>> readers;
  private final java.util.function.Consumer<String> warnings;

  /** The standard readers; a rule that fails on a sentence is reported on standard error. */
  public Extractor() {
    this(Extractor::standardReaders, w -> System.err.println("warning: " + w));
  }

  /** For tests: other readers, and where the warnings go. */
  Extractor(java.util.function.Supplier<List<FactReader>> readers, java.util.function.Consumer<String> warnings) {
    this.readers = readers;
    this.warnings = warnings;
  }

  // readers keep what earlier sentences said (a person's office), so each document gets its own
  static List<FactReader> standardReaders() {
    return List.of(new RelationsReader(), new MembershipReader(), new MissionReader(),
        new AccreditationReader(), new VisitReader(), new AgreementReader(), new MeetingReader(),
        new TradeReader(), new ExportsReader(), new EventReader());
  }

  /** The sentences to read, each with the date the reader last saw before it. */
  private List<SentenceView> views(Document doc, Pair pair) {
    List<SentenceView> views = new java.util.ArrayList<>();
    PartialDate anchor = null, bulletAnchor = null;
    int bulletStart = -1;
    List<String> section = List.of();
    int index = 0;
    ShortForms shortForms = ShortForms.of(doc, pair);
    for (Sentence sentence : sentences.split(doc)) {
      Block block = sentence.block();
      if (!block.section().equals(section)) {
        section = block.section();
        anchor = null; // a new section starts its own story
      }
      if (block.kind() == Block.Kind.TITLE || block.kind() == Block.Kind.HEADING
          || block.kind() == Block.Kind.CAPTION || block.kind() == Block.Kind.INFOBOX) continue;
      // a list entry starts from the story told before the list, but its own sentences run on
      // ("- In 1841 … Relations were broken off that year")
      boolean sameEntry = bulletAnchor != null && block.kind() == Block.Kind.BULLET && block.start() == bulletStart;
      SentenceView view = new SentenceView(doc, sentence, index++, pair, sameEntry ? bulletAnchor : anchor, shortForms);
      views.add(view);
      PartialDate last = view.lastDate();
      if (block.kind() != Block.Kind.BULLET) {
        if (last != null) anchor = last;
      } else if (last != null || !sameEntry) {
        bulletStart = block.start();
        bulletAnchor = last;
      }
    }
    return views;
  }

  /**
   * The pair a title names ("Chile–Norway relations"), by the same test {@link #extract} applies to a
   * document's title; empty when the title names no pair. Lets a dump reader pick articles by title
   * without reading their text.
   */
  public static java.util.Optional<Pair> pairOfTitle(String title) {
    return title == null ? java.util.Optional.empty() : PairFinder.fromTitle(title);
  }

  /** @throws org.bilateral.BadInputException when the document names no recognisable pair */
  public Dossier extract(Document doc) {
    Pair pair = PairFinder.find(doc);
    List<FactReader> readers = this.readers.get();
    Reading reading = new Reading();
    List<SentenceView> views = views(doc, pair);
    // First the people, so that a name is known with its office wherever the document states it.
    for (SentenceView v : views) VisitReader.notePeople(v, reading);
    for (SentenceView v : views) {
      for (FactReader r : readers) {
        // a rule that trips on one sentence of an unforeseen shape costs that sentence's facts of that
        // kind, not the document: the article is still read, and the failure is told
        try {
          r.read(v, reading);
        } catch (RuntimeException e) {
          warnings.accept(String.format("%s: could not read the sentence at characters %d–%d (%s); the rest of the document was read",
              doc.name(), v.source().start(), v.source().end(), e.getClass().getSimpleName()));
        }
      }
    }
    FullNames.refine(reading.facts, views);
    TripDates.refine(reading.facts, views);
    SigningDates.refine(reading.facts, views);
    String title = doc.title() != null ? doc.title() : pair.a() + "–" + pair.b() + " relations";
    List<Fact> merged = FactMerger.merge(reading.facts);
    List<Fact> dated = SessionDates.refine(merged);
    // (a visit so dated may now be one with a dated visit of the same trip)
    if (dated != merged) merged = FactMerger.merge(dated);
    return new Dossier(title, doc.name(), pair.asList(), merged, states(doc, pair));
  }

  /**
   * Which member of the pair the title names as a historical state ("Soviet Union–India
   * relations"): the dossier codes it as its successor, as the format asks, and says which state it
   * is, so that the record can keep the USSR apart from Russia.
   */
  private static java.util.Map<String, String> states(Document doc, Pair pair) {
    List<String> names = PairFinder.titleNames(doc.title());
    java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String code = pair.asList().get(i);
      org.bilateral.resolve.Resolver.get().country(names.get(i))
          .filter(p -> p.historical() && p.successors().contains(code))
          .ifPresent(p -> out.put(code, p.code()));
    }
    return out;
  }
}
