package io.askdb.orchestration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.askdb.schema.SchemaCatalog;
import io.askdb.schema.TableId;
import io.askdb.schema.TableInfo;
import io.askdb.schema.linking.SchemaSelector;
import io.askdb.sql.Dialect;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The schema part of the prompts, rendered by {@link SchemaRenderer} once per catalog and choice of
 * tables rather than for every question: on a small schema every question sends the same text. The
 * sample values in it are read once per catalog too ({@link SampleRows}), so the text depends only
 * on the catalog, the tables, the dialect and the denied columns.
 *
 * <p>Thread-safe: Caffeine caches, keyed weakly by catalog so that a refreshed catalog's texts go
 * with it.
 */
final class SchemaTexts {

    /** Distinct table choices kept per catalog: on a large schema, questions choose many. */
    private static final int CHOICES_PER_CATALOG = 1_000;

    private record Choice(List<TableId> tables, List<TableId> listed, Dialect dialect, Set<String> denied) {}

    private final Cache<SchemaCatalog, Cache<Choice, String>> byCatalog = Caffeine.newBuilder().weakKeys().build();

    String render(SchemaCatalog catalog, SchemaSelector.Selection selection, Dialect dialect,
            Supplier<Map<String, Map<String, List<Object>>>> samples, Set<String> denied) {
        List<TableInfo> tables = selection.detailed();
        Choice choice = new Choice(List.copyOf(SchemaSelector.ids(tables)),
                List.copyOf(SchemaSelector.ids(selection.listed())), dialect, Set.copyOf(denied));
        Cache<Choice, String> texts = byCatalog.get(catalog,
                c -> Caffeine.newBuilder().maximumSize(CHOICES_PER_CATALOG).build());
        return texts.get(choice, c -> SchemaRenderer.render(tables, selection.listed(), dialect, samples.get(), denied));
    }
}
