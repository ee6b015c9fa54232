package org.bilateral.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.bilateral.BadInputException;

/**
 * Loads article files and checks them before anything is read: an article is a modest UTF-8 text,
 * so anything else (a binary, a huge file, a folder with no articles) is refused with a message
 * naming the file, before it can cost memory or leave half a record behind.
 */
public final class Documents {
  /** Articles are tens of kilobytes; anything past this is not one article and is refused unread. */
  public static final int MAX_MB = 16;

  public static final long MAX_BYTES = MAX_MB * 1024L * 1024;

  /** For help texts: the limit in words. */
  public static final String LIMIT = "An article must be UTF-8 text of at most " + MAX_MB + " MB; larger files are refused unread.";

  /** The file endings taken when a folder is given. */
  public static final List<String> ARTICLE_ENDINGS = List.of(".txt", ".wiki");

  private Documents() {}

  /** Expands files and folders into the article files they name, in a stable order. */
  public static List<Path> expand(List<Path> inputs) {
    List<Path> out = new ArrayList<>();
    for (Path p : inputs) out.addAll(expand(p));
    return out;
  }

  /** One input: a file as is; a folder as its article files (not recursive into hidden folders). */
  public static List<Path> expand(Path p) {
    if (!Files.exists(p)) throw new BadInputException(p.toString(), "no such file or folder");
    if (!Files.isDirectory(p)) return List.of(p);
    try (Stream<Path> s = Files.walk(p)) {
      List<Path> found = s.filter(Files::isRegularFile).filter(Documents::isArticleName).sorted().toList();
      if (found.isEmpty())
        throw new BadInputException(p.toString(), "folder holds no articles (" + String.join(", ", ARTICLE_ENDINGS) + ")");
      return found;
    } catch (IOException e) {
      throw new BadInputException(p.toString(), "cannot list folder (" + e.getMessage() + ")");
    }
  }

  static boolean isArticleName(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return !n.startsWith(".") && ARTICLE_ENDINGS.stream().anyMatch(n::endsWith);
  }

  /** Reads and checks one file; the text is returned exactly as decoded (offsets point into it). */
  public static String readText(Path p) {
    String input = p.toString();
    try {
      if (Files.isDirectory(p)) throw new BadInputException(input, "is a folder, not a file");
      long size = Files.size(p);
      if (size > MAX_BYTES)
        throw new BadInputException(input, String.format(
            "file is %,d bytes, over the %d MB limit for one article", size, MAX_BYTES / (1024 * 1024)));
      byte[] bytes;
      try (InputStream in = Files.newInputStream(p)) {
        bytes = in.readNBytes((int) MAX_BYTES + 1);
      }
      if (bytes.length == 0) throw new BadInputException(input, "file is empty");
      for (int i = 0; i < bytes.length; i++) {
        if (bytes[i] == 0) throw new BadInputException(input, "binary file (NUL byte at offset " + i + "), not a text article");
      }
      String text = decode(input, bytes);
      if (text.isBlank()) throw new BadInputException(input, "file holds only white space");
      return text;
    } catch (IOException e) {
      throw BadInputException.reading(input, e);
    }
  }

  private static String decode(String input, byte[] bytes) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer buf = ByteBuffer.wrap(bytes);
    try {
      String s = d.decode(buf).toString();
      // A byte-order mark is not part of the text; dropping it keeps offsets meaningful to editors.
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (MalformedInputException e) {
      throw new BadInputException(input, "not valid UTF-8 (bad byte at offset " + buf.position() + ")");
    } catch (CharacterCodingException e) {
      throw new BadInputException(input, "not valid UTF-8");
    }
  }

  /**
   * Loads a file as a document, choosing the reader by its ending: {@code .wiki} is wikitext, and so
   * is a {@code .txt} that plainly is (see {@link #looksLikeWikitext}); anything else is the plain rendering.
   */
  public static Document load(Path p) {
    String text = readText(p);
    String name = p.getFileName().toString();
    boolean wiki = name.toLowerCase(Locale.ROOT).endsWith(".wiki") || looksLikeWikitext(text);
    return wiki ? new WikitextReader().read(name, p.toString(), text) : new PlainTextReader().read(name, p.toString(), text);
  }

  /**
   * Whether a text is wikitext although not named so: it opens with a template, or its first lines
   * hold both bold ticks and a link. The plain rendering has neither, so a plain article is never taken.
   */
  static boolean looksLikeWikitext(String text) {
    String head = text.substring(0, Math.min(text.length(), 2000));
    return head.stripLeading().startsWith("{{") || (head.contains("'''") && head.contains("[["));
  }
}
