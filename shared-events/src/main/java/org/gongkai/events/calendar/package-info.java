/**
 * The working-day calendar (official holiday and make-up-working-day schedules as data) and the statutory clock of
 * 条例 Art. 30–35 that turns an application's history into a due date with a step-by-step explanation.
 */
package org.gongkai.events.calendar;
