/**
 * askdb for AI agents: the Model Context Protocol tools ({@code ask}, {@code schema},
 * {@code explain_sql}, {@code databases}, {@code cache_stats}) and each database's schema as a
 * resource, served over stdio ({@code askdb mcp}) or streamable HTTP ({@code /mcp} under
 * {@code askdb serve}, behind the same keys and rate limit as the REST API).
 */
package io.askdb.app.mcp;
