/**
 * The report stream: staff narrative of sections 一, 五 and 六, and publication of a frozen snapshot that the query
 * side computes (ADR 0009).
 */
package org.gongkai.command.report;
