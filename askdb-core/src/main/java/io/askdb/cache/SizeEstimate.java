package io.askdb.cache;

import io.askdb.api.QueryResponse;
import java.util.Collection;
import java.util.Map;

/**
 * A rough heap size of cached values for the statistics: object headers, strings at two bytes a
 * character, boxed numbers. Good to within a factor, not to the byte.
 */
final class SizeEstimate {

    private static final long OBJECT = 16;
    private static final long REFERENCE = 8;

    private SizeEstimate() {}

    static long of(Object value) {
        if (value == null) {
            return 0;
        }
        if (value instanceof String s) {
            return OBJECT + 24 + 2L * s.length();
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof Enum<?>) {
            return OBJECT + 8;
        }
        if (value instanceof Collection<?> c) {
            long size = OBJECT + 24;
            for (Object element : c) {
                size += REFERENCE + of(element);
            }
            return size;
        }
        if (value instanceof Map<?, ?> m) {
            long size = OBJECT + 48;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                size += 32 + of(e.getKey()) + of(e.getValue());
            }
            return size;
        }
        if (value instanceof float[] f) {
            return OBJECT + 4L * f.length;
        }
        if (value instanceof QueryResponse r) {
            return OBJECT + 21 * REFERENCE + of(r.question()) + of(r.sql()) + of(r.model()) + of(r.columns())
                    + of(r.rows()) + of(r.clarification()) + 64L * r.attempts().size() + 64L * r.tiers().size()
                    + of(r.details());
        }
        if (value instanceof Record record) {
            long size = OBJECT;
            for (var component : record.getClass().getRecordComponents()) {
                try {
                    component.getAccessor().setAccessible(true);
                    size += REFERENCE + of(component.getAccessor().invoke(record));
                } catch (ReflectiveOperationException | RuntimeException e) {
                    size += REFERENCE;
                }
            }
            return size;
        }
        return OBJECT + 32;
    }
}
