/**
 * Checking a report that was not produced here: its tables 三 and 四 uploaded as Gongkai's CSV or the report JSON,
 * answered with every hard identity of DOMAIN.md §6.9, cell by cell, with the printed row and column names.
 */
package org.gongkai.query.reportcheck;
