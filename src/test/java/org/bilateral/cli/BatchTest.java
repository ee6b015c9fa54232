package org.bilateral.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bilateral.BadInputException;
import org.junit.jupiter.api.Test;

class BatchTest {
  private final StringWriter err = new StringWriter();
  private final Cli cli = new Cli(new PrintWriter(new StringWriter()), new PrintWriter(err), Map.of(), Path.of(""), false);

  @Test
  void badInputGoesOnAndEndsWithStatusTwo() {
    Batch batch = new Batch(cli, false);
    List<String> done = new ArrayList<>();
    batch.run(() -> done.add("a"));
    batch.run(() -> {
      throw new BadInputException("b.txt", "file is empty");
    });
    batch.run(() -> done.add("c"));
    assertThat(done).containsExactly("a", "c");
    assertThat(batch.failed()).isEqualTo(1);
    assertThat(batch.status()).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("bilateral: b.txt: file is empty" + System.lineSeparator());
  }

  @Test
  void aBugInOneDocumentMakesTheStatusOne() {
    Batch batch = new Batch(cli, false);
    batch.run(() -> {
      throw new BadInputException("b.txt", "file is empty");
    });
    batch.run(() -> {
      throw new IllegalStateException("rule 7 misfired");
    });
    assertThat(batch.status()).isEqualTo(1);
    assertThat(err.toString().lines().toList()).containsExactly(
        "bilateral: b.txt: file is empty",
        "bilateral: internal error: rule 7 misfired (IllegalStateException; rerun with --debug for the stack trace)");
  }

  @Test
  void failureLinesWaitWhileAProgressBarIsDrawn() {
    Batch batch = new Batch(cli, false);
    batch.hold();
    batch.run(() -> {
      throw new BadInputException("b.txt", "file is empty");
    });
    assertThat(err.toString()).isEmpty();
    batch.release();
    assertThat(err.toString()).contains("b.txt: file is empty");
  }
}
