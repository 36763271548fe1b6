package org.gongkai.command.imports;

import java.util.List;

/** A register file as read: its header cells and its non-blank data rows, each with its spreadsheet row number. */
record Register(List<String> header, List<Line> lines) {

    record Line(int row, List<String> cells) {

        String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index).strip() : "";
        }

        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }
}
