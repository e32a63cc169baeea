/** A Spring Boot application that asks its own database questions through askdb-spring-boot-starter. */
package io.askdb.example;
