package org.gongkai.events.agency;

/**
 * The supervising level set the day of the month after each quarter by which this agency submits its quarterly
 * statistics (季度统计报表), e.g. 8 = by 8 April for the first quarter. Quarterly statistics are a local
 * requirement, not a national one (DOMAIN.md §1), so the day differs from place to place; until this fact exists
 * the default day applies.
 *
 * <p>Version 1.
 */
public record QuarterlyDeadlineSet(String agencyId, int dayOfMonth) implements AgencyEvent {}
