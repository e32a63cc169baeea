package io.askdb.bench.workload;

/**
 * One question of the stream.
 *
 * @param index its position in the stream, from 0
 * @param question the text as the user types it
 * @param goldSql SQL that answers it on the sample (H2 in SQL Server mode, T-SQL as written)
 * @param template the template it comes from
 * @param intent the template and literal values: two questions with one intent mean the same
 */
public record StreamQuestion(int index, String question, String goldSql, Hardness hardness, String template, String intent) {}
