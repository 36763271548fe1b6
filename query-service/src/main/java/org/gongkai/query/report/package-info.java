/** The annual report and quarterly statistics as JSON (CONTRACT.md §3), with their arithmetic checks. */
package org.gongkai.query.report;
