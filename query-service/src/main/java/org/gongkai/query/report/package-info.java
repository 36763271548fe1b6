/**
 * The annual report and quarterly statistics as JSON (CONTRACT.md §3), with their arithmetic checks, and their
 * published and submitted versions read back from the stored snapshots and compared with the live report.
 */
package org.gongkai.query.report;
