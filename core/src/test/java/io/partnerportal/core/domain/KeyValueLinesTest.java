package io.partnerportal.core.domain;

import io.partnerportal.core.domain.value.KeyValueLines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyValueLinesTest {

    @Test
    void keysAndValuesWithEscapesComeBackAsTheyWereInTheirOrder() {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("to", "Acme = Billing\\EU");
        details.put("note", "two\nlines\r\n");
        details.put("a=b", "");
        details.put("from", "Old account");

        Map<String, String> back = KeyValueLines.decode(KeyValueLines.encode(details));

        assertThat(back).isEqualTo(details);
        assertThat(List.copyOf(back.keySet())).containsExactly("to", "note", "a=b", "from");
    }

    @Test
    void aValueWrittenWithAnUnescapedEqualsSignStillReads() {
        assertThat(KeyValueLines.decode("partnerName=A=B\nsite=x\\\\y\n"))
                .containsExactly(Map.entry("partnerName", "A=B"), Map.entry("site", "x\\y"));
    }

    @Test
    void aLineWithoutSeparatorIsRefused() {
        assertThatThrownBy(() -> KeyValueLines.decode("no separator here"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no separator here");
    }
}
