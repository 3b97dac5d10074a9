package io.partnerportal.core.application;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One page of a keyset-paginated list: the items and the opaque cursor of the next page, if any.
 *
 * @param items the page's items
 * @param next  the cursor of the next page, or null on the last page
 * @param <T>   the items' type
 */
public record Page<T>(List<T> items, String next) {
    /**
     * Copies the items.
     *
     * @param items the page's items
     * @param next  the cursor of the next page, or null on the last page
     */
    public Page {
        items = List.copyOf(items);
    }

    /** @return the cursor of the next page, if any */
    public Optional<String> nextCursor() {
        return Optional.ofNullable(next);
    }

    /**
     * @param f   turns an item into another
     * @param <R> the other type
     * @return the same page of the other items
     */
    public <R> Page<R> map(Function<T, R> f) {
        Objects.requireNonNull(f, "f");
        return new Page<>(items.stream().map(f).toList(), next);
    }

    /**
     * A page of {@code fetched} (read one row more than {@code limit}, to know whether more follow):
     * the first {@code limit} rows as {@code show} presents them, and the cursor after the last of
     * them, from its {@code position}, when more follow.
     *
     * @param fetched  the rows read, at most {@code limit + 1}
     * @param limit    the page size
     * @param position where a row stands, as the next page's cursor names it
     * @param show     presents the rows
     * @param <T>      the rows' type
     * @param <R>      the items' type
     * @return the page
     */
    public static <T, R> Page<R> of(List<T> fetched, int limit, Function<T, Cursor> position,
                                    Function<List<T>, List<R>> show) {
        if (fetched.size() <= limit) {
            return new Page<>(show.apply(fetched), null);
        }
        List<T> rows = fetched.subList(0, limit);
        return new Page<>(show.apply(rows), position.apply(rows.get(limit - 1)).value());
    }
}
