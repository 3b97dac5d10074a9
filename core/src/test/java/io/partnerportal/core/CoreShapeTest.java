package io.partnerportal.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The core reads in small pieces: no file of its main code is longer than 250 lines. */
class CoreShapeTest {
    private static final int MAX_LINES = 250;

    @Test
    void noFileOfTheCoreIsLongerThan250Lines() throws IOException {
        Path main = Path.of("src/main/java");
        assertThat(main).isDirectory();
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(main)) {
            tooLong = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> lines(p) > MAX_LINES)
                    .map(p -> main.relativize(p) + " (" + lines(p) + " lines)")
                    .toList();
        }
        assertThat(tooLong).isEmpty();
    }

    private static long lines(Path p) {
        try {
            return Files.readAllLines(p).size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
