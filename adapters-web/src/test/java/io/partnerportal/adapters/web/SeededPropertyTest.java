package io.partnerportal.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The property runner: a failure names its try and seed, and the seed replays the same tries. */
class SeededPropertyTest {

    @AfterEach
    void forgetTheSeed() {
        System.clearProperty(SeededProperty.SEED);
    }

    @Test
    void aFailureNamesTheSeedThatReplaysTheSameTries() {
        List<Long> first = new ArrayList<>();
        String message = null;
        try {
            SeededProperty.forAll("evenNumbersOnly", 1_000, r -> {
                long n = r.nextLong();
                first.add(n);
                assertThat(n % 2).isZero();
            });
        } catch (AssertionError e) {
            message = e.getMessage();
        }
        assertThat(message).as("a random long is odd within 1,000 tries").isNotNull()
                .contains("evenNumbersOnly failed on try " + first.size() + " of 1000");
        String seed = message.replaceAll("(?s).*-Dportal\\.propertySeed=(-?\\d+).*", "$1");

        System.setProperty(SeededProperty.SEED, seed);
        List<Long> replayed = new ArrayList<>();
        assertThatThrownBy(() -> SeededProperty.forAll("evenNumbersOnly", 1_000, r -> {
            long n = r.nextLong();
            replayed.add(n);
            assertThat(n % 2).isZero();
        })).hasMessageContaining("failed on try " + first.size());
        assertThat(replayed).isEqualTo(first);
    }
}
