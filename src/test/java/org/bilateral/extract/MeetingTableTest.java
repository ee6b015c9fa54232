package org.bilateral.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.bilateral.model.Meeting;
import org.bilateral.read.WikitextReader;
import org.junit.jupiter.api.Test;

/** A wikitable of a standing body's rounds, numbered in its first column. */
class MeetingTableTest {
  private static List<Meeting> meetings(String body) {
    return new Extractor().extract(new WikitextReader().read("chile-peru.wiki", null,
            "'''Chile–Peru relations''' are the relations between Chile and Peru.\n\n" + body + "\n"))
        .facts().stream().filter(f -> f instanceof Meeting).map(f -> (Meeting) f).toList();
  }

  @Test
  void eachNumberedRowUnderACaptionNamingTheBodyIsARound() {
    List<Meeting> found = meetings("== Binational cabinets ==\nSince 2009 the two governments have met in a yearly "
        + "Presidential Summit and Binational Cabinet.\n\n{| class=\"wikitable\"\n|+ Selected Binational Cabinets\n"
        + "! No. !! Date !! Venue\n|-\n| 1st || 3 May 2009 || [[Arica]], Chile\n|-\n| 4th || November 2012 || [[Tacna]], Peru\n"
        + "|-\n| 6th || 2014 || by videoconference\n|}");
    assertThat(found).extracting(Meeting::name, Meeting::ordinal, m -> m.date().toString(), Meeting::city).containsExactly(
        tuple("Presidential Summit and Binational Cabinet", 1, "2009-05-03", "Arica"),
        tuple("Presidential Summit and Binational Cabinet", 4, "2012-11", "Tacna"),
        tuple("Presidential Summit and Binational Cabinet", 6, "2014", null));
  }

  @Test
  void numberedRowsUnderAHeadingThatNamesNoBodyAreNoRounds() {
    List<Meeting> found = meetings("== Trade fairs ==\n{| class=\"wikitable\"\n! No. !! Date !! Venue\n|-\n"
        + "| 1st || 3 May 2009 || [[Arica]], Chile\n|-\n| 4th || November 2012 || [[Tacna]], Peru\n|}");
    assertThat(found).isEmpty();
  }
}
