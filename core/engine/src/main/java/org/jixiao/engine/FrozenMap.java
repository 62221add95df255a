package org.jixiao.engine;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A read-only map that jixiao's own readers hand over whole: nobody else holds the map inside, so a
 * {@link Submission} keeps it as it is instead of copying it, once per line of a batch.
 */
final class FrozenMap<K, V> extends AbstractMap<K, V> {

    private final Map<K, V> map;
    /** Views made when first asked for (most maps are only looked up): racing threads make equal views. */
    private Set<Entry<K, V>> entries;

    private Set<K> keys;

    /** Takes {@code map} over: the caller must not keep or change it. */
    FrozenMap(LinkedHashMap<K, V> map) {
        this.map = map;
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        Set<Entry<K, V>> view = entries;
        if (view == null) {
            view = Collections.unmodifiableMap(map).entrySet();
            entries = view;
        }
        return view;
    }

    @Override
    public Set<K> keySet() {
        Set<K> view = keys;
        if (view == null) {
            view = Collections.unmodifiableSet(map.keySet());
            keys = view;
        }
        return view;
    }

    @Override
    public V get(Object key) {
        return map.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return map.containsKey(key);
    }

    @Override
    public int size() {
        return map.size();
    }

    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
        map.forEach(action);
    }
}
