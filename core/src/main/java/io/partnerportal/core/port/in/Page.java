package io.partnerportal.core.port.in;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One page of a keyset-paginated list: the items and the opaque cursor of the next page, if any. */
public record Page<T>(List<T> items, String next) {
    public Page {
        items = List.copyOf(items);
    }

    public Optional<String> nextCursor() {
        return Optional.ofNullable(next);
    }

    public <R> Page<R> map(java.util.function.Function<T, R> f) {
        Objects.requireNonNull(f, "f");
        return new Page<>(items.stream().map(f).toList(), next);
    }
}
