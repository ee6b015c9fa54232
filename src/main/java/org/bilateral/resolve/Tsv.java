package org.bilateral.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the curated tables beside these classes: '#' comments, one header line, tab-separated. */
final class Tsv {
  private Tsv() {}

  static List<String[]> read(String name) {
    InputStream in = Tsv.class.getResourceAsStream(name);
    if (in == null) throw new IllegalStateException("missing resource org/bilateral/resolve/" + name);
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      boolean header = true;
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) continue;
        if (header) {
          header = false;
          continue;
        }
        rows.add(line.split("\t", -1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  static List<String> list(String field) {
    return field == null || field.isBlank() ? List.of() : Arrays.stream(field.split("\\|")).map(String::strip).toList();
  }
}
