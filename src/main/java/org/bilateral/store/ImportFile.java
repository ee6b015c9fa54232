package org.bilateral.store;

import java.util.List;
import java.util.Objects;
import org.bilateral.model.PartialDate;

/**
 * One file of a data set, read into facts, to be stored in one transaction.
 *
 * @param dataset the data set's name ({@code wikidata-missions}, {@code historian-rdcr}...)
 * @param file the file's name within the data set; with the data set, the import's identity
 * @param checksum of the file's bytes: the same file again writes nothing
 * @param listedOpenOn the date on which the data set lists its missions as open, or null
 * @param records how many records the file holds
 * @param skipped records that gave no fact (a jurisdiction that is a province, an unknown operator)
 */
public record ImportFile(String dataset, String file, String checksum, PartialDate listedOpenOn, int records,
    int skipped, List<ImportedFact> facts) {
  public ImportFile {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(checksum, "checksum");
    facts = List.copyOf(facts);
  }
}
