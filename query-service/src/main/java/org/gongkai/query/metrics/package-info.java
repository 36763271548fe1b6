/** The query side's request-level metrics for Prometheus; the intake's lag gauges live with the intake. */
package org.gongkai.query.metrics;
