package org.bilateral.sources;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.bilateral.BadInputException;
import org.bilateral.model.PartialDate;

/** Reading a data-set file whole: its text (offsets are into it) and the checksum that makes re-imports no-ops. */
public final class SourceFiles {
  /** Data-set files are far smaller; a larger one is not one of them. */
  public static final long LIMIT = 256L << 20;

  public record Loaded(String name, String text, String checksum) {}

  private SourceFiles() {}

  public static Loaded load(Path file) {
    String input = file.toString();
    try {
      if (!Files.exists(file)) throw new BadInputException(input, "no such file");
      if (Files.isDirectory(file)) throw new BadInputException(input, "is a folder, not a file");
      if (Files.size(file) > LIMIT) throw new BadInputException(input, "larger than " + (LIMIT >> 20) + " MB; not a data-set file");
      byte[] bytes = Files.readAllBytes(file);
      String text;
      try {
        text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      } catch (CharacterCodingException e) {
        throw new BadInputException(input, "not UTF-8 text");
      }
      return new Loaded(file.getFileName().toString(), text, sha256(bytes));
    } catch (IOException e) {
      throw BadInputException.reading(input, e);
    }
  }

  /** A date as a data set writes it (1950-02-01, 1950-02, 1950), or null when blank or unreadable. */
  public static PartialDate date(String s) {
    if (s == null || s.isBlank()) return null;
    try {
      return PartialDate.parse(s.strip());
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      return null;
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
