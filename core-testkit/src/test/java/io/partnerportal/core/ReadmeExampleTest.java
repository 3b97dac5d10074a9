package io.partnerportal.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * L2: the README's embedding example is code that compiles and runs as it stands - with its imports,
 * every command built by name, no {@code null} - and prints what its last comment says.
 */
class ReadmeExampleTest {
    private static final Pattern BLOCK = Pattern.compile(
            "<!-- embedding-example[^>]*-->\\s*```java\\n(.*?)\\n```", Pattern.DOTALL);

    @Test
    void L2_theReadmesEmbeddingExampleCompilesAndRunsAsWritten(@TempDir Path dir) throws Exception {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        Matcher m = BLOCK.matcher(readme);
        assertThat(m.find()).as("README.md holds the embedding example after its marker").isTrue();
        String source = m.group(1);
        assertThat(source).doesNotContain("null").contains("public class EmbeddingExample");

        Path file = dir.resolve("EmbeddingExample.java");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        boolean compiled = javac.getTask(errors, null, null, List.of("-classpath",
                System.getProperty("java.class.path"), "-d", dir.toString()), null,
                javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(file)).call();
        assertThat(compiled).as(errors.toString()).isTrue();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                getClass().getClassLoader())) {
            Method main = loader.loadClass("EmbeddingExample").getMethod("main", String[].class);
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(stdout);
        }
        String promised = source.lines().filter(l -> l.strip().startsWith("// 20")).reduce((a, b) -> b)
                .orElseThrow().strip().substring(3);
        assertThat(out.toString(StandardCharsets.UTF_8).strip()).isEqualTo(promised);
    }
}
