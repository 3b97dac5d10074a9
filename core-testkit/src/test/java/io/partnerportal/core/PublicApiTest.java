package io.partnerportal.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.testing.PortalFixture;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * L2: the public API of {@code core} and {@code core-testkit} - every public type an embedder can
 * reach, with its public and protected members - is written down in {@code core/api/core.api} and
 * {@code core-testkit/api/core-testkit.api}, and a build whose API differs from them fails, printing
 * the difference. A change is deliberate: rewrite the files with
 * {@code mvn -B test -pl core-testkit -am -Dtest=PublicApiTest -Dsurefire.failIfNoSpecifiedTests=false -Dapi.update=true}
 * and list it in {@code CHANGELOG.md} as compatible or breaking.
 */
class PublicApiTest {

    @Test
    void L2_theCoresPublicApiIsTheOneWrittenDown() throws Exception {
        check(Path.of("../core/api/core.api"), Core.class);
    }

    @Test
    void L2_theTestKitsPublicApiIsTheOneWrittenDown() throws Exception {
        check(Path.of("api/core-testkit.api"), PortalFixture.class);
    }

    private static void check(Path written, Class<?> anyClass) throws IOException, URISyntaxException {
        List<String> now = api(anyClass);
        if (Boolean.getBoolean("api.update")) {
            Files.createDirectories(written.getParent());
            Files.write(written, now, StandardCharsets.UTF_8);
        }
        assertThat(written).as("%s is missing: rewrite it with -Dapi.update=true", written).exists();
        List<String> before = Files.readAllLines(written, StandardCharsets.UTF_8);
        Set<String> removed = new LinkedHashSet<>(before);
        now.forEach(removed::remove);
        Set<String> added = new LinkedHashSet<>(now);
        before.forEach(added::remove);
        assertThat(String.join("\n", Stream.concat(removed.stream().map(l -> "- " + l),
                added.stream().map(l -> "+ " + l)).toList()))
                .as("the public API differs from %s; if the change is meant, rewrite it with -Dapi.update=true "
                        + "and list the change in CHANGELOG.md as compatible or breaking", written)
                .isEmpty();
    }

    /** Every public type of the module {@code anyClass} comes from, and its public and protected members, sorted. */
    private static List<String> api(Class<?> anyClass) throws IOException, URISyntaxException {
        Path location = Path.of(anyClass.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names;
        // the module's classes: a directory in a build up to test, its jar in a build up to verify
        try (FileSystem jar = Files.isDirectory(location) ? null : FileSystems.newFileSystem(location);
             Stream<Path> files = Files.walk(jar == null ? location : jar.getPath("/"))) {
            Path root = jar == null ? location : jar.getPath("/");
            names = files.map(root::relativize).map(Path::toString).filter(n -> n.endsWith(".class"))
                    .filter(n -> !n.startsWith("META-INF"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.')).sorted().toList();
        }
        TreeMap<String, List<String>> types = new TreeMap<>();
        for (String name : names) {
            Class<?> c;
            try {
                c = Class.forName(name, false, anyClass.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                continue;
            }
            if (!reachable(c)) {
                continue;
            }
            List<String> lines = new ArrayList<>();
            lines.add(header(c));
            boolean open = !Modifier.isFinal(c.getModifiers());
            List<String> members = new ArrayList<>();
            for (Member m : members(c)) {
                int mod = m.getModifiers();
                if (m.isSynthetic() || (m instanceof Method method && method.isBridge())) {
                    continue;
                }
                if (Modifier.isPublic(mod) || (open && Modifier.isProtected(mod))) {
                    members.add("  " + signature(m));
                }
            }
            members.stream().sorted().forEach(lines::add);
            types.put(c.getName(), lines);
        }
        return types.values().stream().flatMap(List::stream).toList();
    }

    private static boolean reachable(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getDeclaringClass()) {
            if (!Modifier.isPublic(k.getModifiers()) || k.isAnonymousClass() || k.isLocalClass() || k.isSynthetic()) {
                return false;
            }
        }
        return true;
    }

    private static String header(Class<?> c) {
        StringBuilder b = new StringBuilder(c.toGenericString());
        if (c.getGenericSuperclass() != null && c.getSuperclass() != Object.class && !c.isEnum() && !c.isRecord()) {
            b.append(" extends ").append(c.getGenericSuperclass().getTypeName());
        }
        if (c.getGenericInterfaces().length > 0) {
            b.append(c.isInterface() ? " extends " : " implements ").append(Arrays.stream(c.getGenericInterfaces())
                    .map(java.lang.reflect.Type::getTypeName).collect(Collectors.joining(", ")));
        }
        if (c.isSealed()) {
            b.append(" permits ").append(Arrays.stream(c.getPermittedSubclasses()).map(Class::getName)
                    .collect(Collectors.joining(", ")));
        }
        return b.toString();
    }

    private static List<Member> members(Class<?> c) {
        List<Member> out = new ArrayList<>();
        out.addAll(Arrays.asList(c.getDeclaredConstructors()));
        out.addAll(Arrays.asList(c.getDeclaredMethods()));
        out.addAll(Arrays.asList(c.getDeclaredFields()));
        return out;
    }

    private static String signature(Member m) {
        if (m instanceof Field f) {
            return f.toGenericString();
        }
        if (m instanceof Constructor<?> k) {
            return k.toGenericString();
        }
        return ((Executable) m).toGenericString();
    }
}
