package org.bilateral.gazetteer;

import java.util.List;

/**
 * An international organisation or grouping, keyed by the code Bilateral's dossiers use.
 *
 * @param code the dossier code, e.g. {@code UN}, {@code G20}, {@code Commonwealth}
 * @param name long English name, e.g. {@code United Nations}
 * @param aliases other names and spellings (British and American), acronyms
 */
public record Organisation(String code, String name, List<String> aliases) {

  public Organisation {
    aliases = List.copyOf(aliases);
  }
}
