package org.bilateral.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.bilateral.model.Accreditation;
import org.bilateral.model.Agreement;
import org.bilateral.model.Event;
import org.bilateral.model.Exports;
import org.bilateral.model.Fact;
import org.bilateral.model.Meeting;
import org.bilateral.model.Membership;
import org.bilateral.model.Mission;
import org.bilateral.model.PartialDate;
import org.bilateral.model.RelationsChange;
import org.bilateral.model.Trade;
import org.bilateral.model.Visit;

/**
 * Folds facts that several places state into one fact with several sources: the lead's "in 1955"
 * and the history's "On 19 January 1955"; a mission in the history and again in the list of
 * resident missions; a visit told in prose and listed in a bullet. The most precise date wins.
 */
final class FactMerger {
  private FactMerger() {}

  static List<Fact> merge(List<Fact> facts) {
    List<Fact> out = new ArrayList<>();
    for (Fact f : facts) {
      int same = -1;
      for (int i = 0; i < out.size(); i++) if (same(out.get(i), f)) { same = i; break; }
      if (same < 0) out.add(f);
      else out.set(same, combine(out.get(same), f));
    }
    return out;
  }

  static boolean same(Fact a, Fact b) {
    if (a.kind() != b.kind()) return false;
    if (a instanceof RelationsChange x && b instanceof RelationsChange y)
      return x.change() == y.change() && compatible(x.date(), y.date());
    if (a instanceof Membership x && b instanceof Membership y) return x.organisation().equals(y.organisation());
    if (a instanceof Mission x && b instanceof Mission y)
      return x.owner().equals(y.owner()) && x.host().equals(y.host()) && x.type() == y.type()
          && compatibleOrNull(x.opened(), y.opened()) && compatibleOrNull(x.closed(), y.closed())
          // a mission closed before the other opened is an earlier period, not the same one told twice
          && !before(x.closed(), y.opened()) && !before(y.closed(), x.opened())
          && sameCity(x.city(), y.city()); // (the dates first: they are compared without splitting names)
    if (a instanceof Accreditation x && b instanceof Accreditation y)
      return x.from().equals(y.from()) && x.to().equals(y.to()) && fold(x.viaCity()).equals(fold(y.viaCity()));
    if (a instanceof Visit x && b instanceof Visit y)
      return x.from().equals(y.from()) && x.to().equals(y.to())
          && (x.date() == null || y.date() == null
              || x.date().year() == y.date().year() && compatible(x.date(), y.date()))
          && samePerson(x.person(), y.person());
    if (a instanceof Agreement x && b instanceof Agreement y) {
      boolean similar = similarTitle(x.title(), y.title()); // (asked twice below: found once)
      return (similar || describes(x.title(), y.title()) || describes(y.title(), x.title()))
          && compatibleOrNull(x.date(), y.date())
          && (similar || x.date() != null && y.date() != null);
    }
    if (a instanceof Meeting x && b instanceof Meeting y)
      return Objects.equals(x.ordinal(), y.ordinal()) && (x.date() != null && y.date() != null
          && x.date().year() == y.date().year()
          // "travelled to Guarda for the 31st round": a numbered round told again without its date
          // (the body named in full once and by its short name in a table's caption: "Egyptian–Jordanian Higher Joint
          // Committee", "Sessions of the Higher Joint Committee")
          || x.ordinal() != null && (x.date() == null) != (y.date() == null) && sameBody(x.name(), y.name()));
    if (a instanceof Trade x && b instanceof Trade y) return x.year() == y.year();
    if (a instanceof Exports x && b instanceof Exports y)
      return x.from().equals(y.from()) && x.to().equals(y.to()) && Objects.equals(x.year(), y.year());
    if (a instanceof Event x && b instanceof Event y)
      // two countries' independence in one year is two events; the other kinds are acts between the pair
      return x.eventKind() == y.eventKind() && compatible(x.date(), y.date())
          && (x.eventKind() != Event.EventKind.INDEPENDENCE || x.countries().equals(y.countries()))
          // one sentence telling two acts ("recalled its envoy on 15 December, and days later expelled
          // theirs") tells two events; the same act told twice is told in two places
          && (!sameSentence(x, y) || (x.date().equals(y.date()) && x.countries().equals(y.countries())));
    return false;
  }

  /** Whether a visit's office is written in one of the sentences it was read from. */
  private static boolean stated(Visit v) {
    if (v.office() == null) return false;
    String office = v.office().toLowerCase(java.util.Locale.ROOT);
    for (var src : v.sources()) if (src.sentence().toLowerCase(java.util.Locale.ROOT).contains(office)) return true;
    // ("Speaker of the House of Representatives", read from "the Speaker of Nigeria's House of Representatives")
    int of = office.indexOf(" of the ");
    if (of < 0) return false;
    String head = office.substring(0, of) + " of ", tail = " " + office.substring(of + " of the ".length());
    for (var src : v.sources()) {
      String sentence = src.sentence().toLowerCase(java.util.Locale.ROOT);
      for (int at = sentence.indexOf(head); at >= 0; at = sentence.indexOf(head, at + 1)) {
        int owner = at + head.length(), end = sentence.indexOf(tail, owner);
        if (end < 0 || end - owner > 40) continue;
        String between = sentence.substring(owner, end);
        if (between.endsWith("'s") || between.endsWith("’s")) return true;
      }
    }
    return false;
  }

  private static boolean sameSentence(Fact a, Fact b) {
    return a.sources().size() == 1 && b.sources().size() == 1
        && a.sources().get(0).start() == b.sources().get(0).start()
        && a.sources().get(0).document().equals(b.sources().get(0).document());
  }

  static Fact combine(Fact a, Fact b) {
    Fact merged;
    if (a instanceof RelationsChange x && b instanceof RelationsChange y) {
      merged = new RelationsChange(x.change(), finer(x.date(), y.date()), x.sources());
    } else if (a instanceof Mission x && b instanceof Mission y) {
      String city = fold(y.city()).length() > fold(x.city()).length() ? y.city() : x.city();
      merged = new Mission(x.owner(), x.host(), x.type(), city, finer(x.opened(), y.opened()),
          finer(x.closed(), y.closed()), x.sources());
    } else if (a instanceof Visit x && b instanceof Visit y) {
      // an office its own sentence states wins over one the reader brought from another sentence ("Putin came to
      // Nagato" after "Prime Minister Putin (2009)"; the list says "President Vladimir Putin (2016)"); then the
      // fuller statement of the office wins ("Speaker of the Lok Sabha" over "Speaker")
      boolean statedX = stated(x), statedY = stated(y);
      String office = x.office() == null ? y.office() : y.office() == null ? x.office()
          : statedX != statedY ? (statedX ? x.office() : y.office())
          : y.office().length() > x.office().length() ? y.office() : x.office();
      String person = x.person().length() >= y.person().length() ? x.person() : y.person();
      merged = new Visit(x.from(), x.to(), person, office, finer(x.date(), y.date()), x.sources());
    } else if (a instanceof Agreement x && b instanceof Agreement y) {
      // a title written as a name wins over a description of it ("economic partnership agreement")
      String title = Character.isUpperCase(y.title().charAt(0)) && !Character.isUpperCase(x.title().charAt(0)) ? y.title() : x.title();
      merged = new Agreement(title, finer(x.date(), y.date()), x.sources());
    } else if (a instanceof Meeting x && b instanceof Meeting y) {
      merged = new Meeting(x.name(), x.ordinal(), finer(x.date(), y.date()), x.city() != null ? x.city() : y.city(), x.sources());
    } else if (a instanceof Exports x && b instanceof Exports y) {
      Set<String> products = new LinkedHashSet<>(x.products());
      products.addAll(y.products());
      merged = new Exports(x.from(), x.to(), x.year(), new ArrayList<>(products), x.sources());
    } else if (a instanceof Event x && b instanceof Event y) {
      merged = new Event(finer(x.date(), y.date()), x.countries(), x.eventKind(), x.label(), x.sources());
    } else {
      merged = a;
    }
    return merged.mergeSources(b);
  }

  private static boolean sameBody(String a, String b) {
    String x = a.toLowerCase(java.util.Locale.ROOT), y = b.toLowerCase(java.util.Locale.ROOT);
    return x.equals(y) || x.endsWith(" " + y) || y.endsWith(" " + x);
  }

  /** Two dates can be one date told at two precisions (1955 and 1955-01-19). */
  private static boolean compatible(PartialDate a, PartialDate b) {
    if (a == null || b == null) return a == b;
    return a.refines(b) || b.refines(a);
  }

  private static boolean before(PartialDate closed, PartialDate opened) {
    return closed != null && opened != null && closed.surelyBefore(opened);
  }

  private static boolean compatibleOrNull(PartialDate a, PartialDate b) {
    return a == null || b == null || compatible(a, b);
  }

  /** The more precise of two compatible dates, or whichever is known. */
  private static PartialDate finer(PartialDate a, PartialDate b) {
    if (a == null) return b;
    if (b == null) return a;
    return b.precision().compareTo(a.precision()) > 0 ? b : a;
  }

  /** "Delhi" and "New Delhi", "Washington" and "Washington, D.C.": one name holds all the words of the other. */
  static boolean sameCity(String a, String b) {
    Set<String> x = new HashSet<>(Arrays.asList(Regex.split(fold(a), " ")));
    Set<String> y = new HashSet<>(Arrays.asList(Regex.split(fold(b), " ")));
    return x.containsAll(y) || y.containsAll(x);
  }

  /** Same person: the same name, or most of the words of the shorter name ("Musharraf", "Pervez Musharraf"). */
  static boolean samePerson(String a, String b) {
    Set<String> x = new HashSet<>(Arrays.asList(Regex.split(fold(a), " ")));
    Set<String> y = new HashSet<>(Arrays.asList(Regex.split(fold(b), " ")));
    Set<String> common = new HashSet<>(x);
    common.retainAll(y);
    return !common.isEmpty() && common.size() * 4 >= Math.min(x.size(), y.size()) * 3;
  }

  private static final Set<String> STOP = Set.of("the", "of", "and", "on", "for", "a", "an", "in", "to", "between");

  /** The same title told twice: four fifths of the words in common ("an agreement on a strategic partnership"). */
  static boolean similarTitle(String a, String b) {
    Set<String> x = titleWords(a), y = titleWords(b);
    Set<String> both = new HashSet<>(x);
    both.retainAll(y);
    Set<String> any = new HashSet<>(x);
    any.addAll(y);
    return !any.isEmpty() && both.size() * 5 >= any.size() * 4;
  }

  /**
   * "economic partnership agreement" describes "Agreement ... for the Strengthening of the Economic
   * Partnership": a lower-case description all of whose words stand in a named title.
   */
  static boolean describes(String description, String title) {
    if (description.isEmpty() || Character.isUpperCase(description.charAt(0)) || !Character.isUpperCase(title.charAt(0))) return false;
    Set<String> d = titleWords(description);
    return d.size() >= 2 && titleWords(title).containsAll(d);
  }

  private static Set<String> titleWords(String s) {
    Set<String> out = new HashSet<>();
    for (String w : Regex.split(fold(s), " ")) {
      if (w.isEmpty() || STOP.contains(w)) continue;
      out.add(w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
    }
    return out;
  }

  private static boolean plainWords(String s) {
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!letter && (c != ' ' || space)) return false; // no punctuation, no double or leading space
      space = c == ' ';
    }
    return !space;
  }

  static String fold(String s) {
    if (s == null) return "";
    // most names are plain ASCII words: no marks to strip, no normalising to do
    if (plainWords(s)) return s.toLowerCase(Locale.ROOT).trim();
    String n = Regex.replaceAll(Normalizer.normalize(s, Normalizer.Form.NFKD), "\\p{M}", "");
    return Regex.replaceAll(n.toLowerCase(Locale.ROOT), "[^\\p{L}\\p{N}]+", " ").trim();
  }
}
