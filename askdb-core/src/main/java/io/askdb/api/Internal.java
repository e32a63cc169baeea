package io.askdb.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a package, type or member that is public only so that askdb's own packages and modules can
 * reach it (the pipeline wiring the tiers, askdb-app, the tools in askdb-bench). It is not part of
 * askdb's API: it may change or go in any release. On a package it covers every public type there;
 * only {@code io.askdb}, {@code io.askdb.api} and {@code io.askdb.config} are askdb's API.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PACKAGE, ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD})
public @interface Internal {}
