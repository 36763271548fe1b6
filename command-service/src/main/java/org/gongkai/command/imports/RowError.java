package org.gongkai.command.imports;

/**
 * Why one row of a register was not recorded: the spreadsheet row number (the header is row 1), the column's
 * Chinese header ({@code null} when the row as a whole is refused), the rule's name as the API answers it, and a
 * message in Chinese and English.
 */
record RowError(int row, String column, String rule, String message) {}
