/**
 * 督办: timeliness across a supervisor's subtree — per agency, the applications due within three working days, the
 * overdue open ones, the ones answered late, and the on-time rate of a period; with the applications behind each
 * figure and CSV/XLSX exports.
 */
package org.gongkai.query.supervision;
