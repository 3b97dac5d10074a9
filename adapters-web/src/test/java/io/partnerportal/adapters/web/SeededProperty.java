package io.partnerportal.adapters.web;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Property tests on plain JUnit 5: a property runs its tries over one seeded {@link Random}, so the
 * seed alone replays every try in order. A failure names the seed; set it with
 * {@code -Dportal.propertySeed=<seed>} to run the same tries again. Without it each run draws a new
 * seed.
 */
final class SeededProperty {
    static final String SEED = "portal.propertySeed";
    /** Characters that JSON, HTML and headers treat specially. */
    private static final String AWKWARD = "\"\\/<>&'\u007f\u2028\u0085";

    @FunctionalInterface
    interface Check {
        void run(Random random) throws Exception;
    }

    private SeededProperty() {
    }

    /** Runs {@code check} {@code tries} times; a failure says which try and the seed that replays it. */
    static void forAll(String property, int tries, Check check) {
        String given = System.getProperty(SEED);
        long seed = given == null || given.isBlank() ? new SecureRandom().nextLong() : Long.parseLong(given.strip());
        Random random = new Random(seed);
        for (int i = 1; i <= tries; i++) {
            try {
                check.run(random);
            } catch (Throwable failure) {
                String replay = property + " failed on try " + i + " of " + tries + "; replay with -D" + SEED + "="
                        + seed;
                System.err.println(replay);
                throw new AssertionError(replay + ": " + failure.getMessage(), failure);
            }
        }
    }

    // ---- generators ----

    /** One of {@code choices}, each as likely as its weight. */
    @SafeVarargs
    static <T> T frequency(Random r, Weighted<T>... choices) {
        int total = 0;
        for (Weighted<T> c : choices) {
            total += c.weight();
        }
        int pick = r.nextInt(total);
        for (Weighted<T> c : choices) {
            pick -= c.weight();
            if (pick < 0) {
                return c.value().get();
            }
        }
        throw new IllegalStateException("unreachable");
    }

    record Weighted<T>(int weight, Supplier<T> value) {
    }

    static <T> Weighted<T> weight(int weight, Supplier<T> value) {
        return new Weighted<>(weight, value);
    }

    static <T> T oneOf(Random r, List<T> items) {
        return items.get(r.nextInt(items.size()));
    }

    static <T> List<T> listOf(Random r, int min, int max, Function<Random, T> item) {
        int size = min + r.nextInt(max - min + 1);
        List<T> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(item.apply(r));
        }
        return out;
    }

    /**
     * A string of up to {@code maxLength} characters from anywhere: ASCII, control characters,
     * quotes and backslashes, any BMP character, lone surrogate halves, and whole emoji pairs.
     */
    static String string(Random r, int maxLength) {
        int length = r.nextInt(maxLength + 1);
        StringBuilder sb = new StringBuilder(length);
        while (sb.length() < length) {
            switch (r.nextInt(6)) {
                case 0 -> sb.append((char) (0x20 + r.nextInt(0x5F)));
                case 1 -> sb.append((char) r.nextInt(0x20));
                case 2 -> sb.append(AWKWARD.charAt(r.nextInt(AWKWARD.length())));
                case 3 -> sb.append((char) r.nextInt(0x10000));
                case 4 -> sb.append((char) (0xD800 + r.nextInt(0x800)));
                default -> sb.appendCodePoint(0x1F600 + r.nextInt(0x50));
            }
        }
        return sb.length() > length ? sb.substring(0, length) : sb.toString();
    }

    /** Any int, the edges included now and then. */
    static int integer(Random r) {
        return r.nextInt(10) == 0 ? oneOf(r, List.of(0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE)) : r.nextInt();
    }

    /** An integer of up to about 130 bits, either sign. */
    static BigInteger bigInteger(Random r) {
        BigInteger n = new BigInteger(1 + r.nextInt(130), r);
        return r.nextBoolean() ? n : n.negate();
    }

    /** A finite double: small fractions, large magnitudes, and raw bit patterns. */
    static double finiteDouble(Random r) {
        double d = switch (r.nextInt(3)) {
            case 0 -> r.nextDouble();
            case 1 -> (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(40));
            default -> Double.longBitsToDouble(r.nextLong());
        };
        return Double.isFinite(d) ? d : 0.5;
    }
}
