package org.gongkai.command.imports;

import java.util.List;

/**
 * The commands one valid row records, in the order the facts happened: the receipt, then the supplement request
 * and receipt, the extension and the decision. Each step says which column a refusal of its fields points at.
 */
record PlannedRow(int row, String applicationId, List<Step> steps) {

    /** One command, and the column each of its fields came from (a refusal names the field). */
    record Step(Object command, java.util.Map<String, Column> columns, boolean followUp) {

        String columnOf(String field) {
            Column column = field == null ? null : columns.get(field);
            return column == null ? null : column.header();
        }
    }
}
