/**
 * The offline question answerer behind tiers 2 (fast path) and 4 (airplane mode). A question is
 * read for its shape ({@code QuestionAnalyzer}, over {@code io.askdb.text}), its words linked to
 * any catalog's tables, columns and values ({@link io.askdb.schema.linking.SchemaLinker}, fed by
 * {@link io.askdb.offline.ValueIndex}), given roles ({@code RoleAssigner}), composed into a plan
 * joined along foreign keys ({@code Composer}, with {@code LinkChooser}, {@code Filters},
 * {@code SelectList} and {@code RowLabels}) and written per dialect ({@code SqlWriter}), with a
 * calibrated confidence ({@code ConfidenceModel} over the plan's {@code Features}). No LLM, no
 * exceptions. The same reading estimates how hard a question is for routing ({@code DifficultySignals}
 * weighted by {@code DifficultyModel} into an {@link io.askdb.llm.Difficulty}). May use llm (its
 * types), sql, schema (with linking), text, config and api. {@code OfflineWorkbench}
 * is public only for askdb-bench's fitting tools and probe ({@code @Internal}).
 */
@io.askdb.api.Internal
package io.askdb.offline;
