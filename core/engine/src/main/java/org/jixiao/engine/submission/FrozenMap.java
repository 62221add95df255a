package org.jixiao.engine.submission;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A read-only, insertion-ordered map that jixiao's own readers build and hand over whole, so that a {@link
 * Submission} keeps it as it is instead of copying it, once per line of a batch.
 *
 * <p>A submission's object has a few dozen keys at most, so the entries sit in three parallel arrays (key, its
 * hash, value) and a lookup scans the hashes: one contiguous array instead of a table and a node per entry, and
 * nothing to allocate per entry while reading. Keys from the JSON parser are interned, as are the names the
 * evaluator looks up, so a match is usually decided by identity.
 */
final class FrozenMap<K, V> extends AbstractMap<K, V> {

    private final Object[] keys;
    private final int[] hashes;
    private final Object[] values;
    private final int size;
    /** Made when first asked for (most maps are only looked up): racing threads make equal views. */
    private Set<Entry<K, V>> entries;

    private FrozenMap(Object[] keys, int[] hashes, Object[] values, int size) {
        this.keys = keys;
        this.hashes = hashes;
        this.values = values;
        this.size = size;
    }

    /**
     * Starts a map of about {@code capacity} entries.
     *
     * @param capacity the expected number of entries; the map grows beyond it
     * @return the builder
     */
    static <K, V> Builder<K, V> builder(int capacity) {
        return new Builder<>(Math.max(1, capacity));
    }

    /** Collects entries in order; {@link #build()} hands the arrays over without a copy. Not thread-safe. */
    static final class Builder<K, V> {
        private Object[] keys;
        private int[] hashes;
        private Object[] values;
        private int size;

        private Builder(int capacity) {
            keys = new Object[capacity];
            hashes = new int[capacity];
            values = new Object[capacity];
        }

        /** Whether {@code key} was already put. */
        boolean contains(K key) {
            return indexOf(keys, hashes, size, key) >= 0;
        }

        /** Appends an entry; the caller has checked with {@link #contains} that the key is new. */
        Builder<K, V> put(K key, V value) {
            if (size == keys.length) {
                int grown = size * 2;
                keys = Arrays.copyOf(keys, grown);
                hashes = Arrays.copyOf(hashes, grown);
                values = Arrays.copyOf(values, grown);
            }
            keys[size] = key;
            hashes[size] = key.hashCode();
            values[size] = value;
            size++;
            return this;
        }

        /** The map; the builder must not be used afterwards. */
        FrozenMap<K, V> build() {
            return new FrozenMap<>(keys, hashes, values, size);
        }
    }

    private static int indexOf(Object[] keys, int[] hashes, int size, Object key) {
        if (key == null) {
            return -1;
        }
        int hash = key.hashCode();
        for (int i = 0; i < size; i++) {
            if (hashes[i] == hash && (keys[i] == key || keys[i].equals(key))) {
                return i;
            }
        }
        return -1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        int index = indexOf(keys, hashes, size, key);
        return index < 0 ? null : (V) values[index];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(keys, hashes, size, key) >= 0;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEach(BiConsumer<? super K, ? super V> action) {
        for (int i = 0; i < size; i++) {
            action.accept((K) keys[i], (V) values[i]);
        }
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        Set<Entry<K, V>> view = entries;
        if (view == null) {
            view = new Entries();
            entries = view;
        }
        return view;
    }

    /** The entries in order, read-only. */
    private final class Entries extends AbstractSet<Entry<K, V>> {
        @Override
        public int size() {
            return size;
        }

        @Override
        public Iterator<Entry<K, V>> iterator() {
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < size;
                }

                @Override
                @SuppressWarnings("unchecked")
                public Entry<K, V> next() {
                    if (next >= size) {
                        throw new NoSuchElementException();
                    }
                    int i = next++;
                    return new SimpleImmutableEntry<>((K) keys[i], (V) values[i]);
                }
            };
        }
    }
}
