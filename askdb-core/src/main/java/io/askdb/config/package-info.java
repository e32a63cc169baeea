/**
 * askdb's configuration: one immutable {@link io.askdb.config.AskDbConfig} built once from the
 * environment (the only place that reads it) and validated on construction, with messages that
 * name the variable. Each concern has its own settings record; every default is a named constant.
 * Uses no other askdb package.
 */
package io.askdb.config;
