package it.sportello.platform.database;

/**
 * One of {@code count} disjoint parts of a table's rows, those whose id modulo {@code count} is
 * {@code index} (the readers' queries say {@code MOD(id, :parts) = :part}): what one partition of
 * a background job works on. The parts of one count cover
 * every row exactly once, and stay the same when rows are added or removed.
 */
public record IdSlice(int index, int count) {

    /** Every row. */
    public static final IdSlice ALL = new IdSlice(0, 1);

    public IdSlice {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("No part " + index + " of " + count);
        }
    }

    /** The part written as {@code index/count}, as in a partition plan; blank is {@link #ALL}. */
    public static IdSlice parse(String text) {
        if (text == null || text.isBlank()) {
            return ALL;
        }
        String[] parts = text.trim().split("/", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("Not a part of the rows: " + text);
        }
        return new IdSlice(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    /** At most how many of {@code max} items this part takes, so that all parts together take at most {@code max}. */
    public int share(int max) {
        return max == Integer.MAX_VALUE ? max : (max + count - 1 - index) / count;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
