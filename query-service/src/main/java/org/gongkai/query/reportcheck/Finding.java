package org.gongkai.query.reportcheck;

/**
 * One cell (or cell identity) that breaks a rule of DOMAIN.md §6.9, named as the report prints it.
 *
 * @param check    the rule's code, as in a report's {@code checks}
 * @param table    三 or 四
 * @param row      the printed row name (table 四: the column group, e.g. 行政复议)
 * @param column   the printed column name
 * @param printed  what the report printed; null when the cell was blank
 * @param expected what the rule requires (the sum of the parts); null when the rule is about the cell alone
 * @param message  one Chinese sentence saying what to fix
 */
record Finding(String check, String table, String row, String column, Long printed, Long expected, String message) {}
