/**
 * The command side's metrics for Prometheus ({@code /actuator/prometheus}, administrators): commands by type and
 * result, refusals by rule, publisher lag.
 */
package org.gongkai.command.metrics;
