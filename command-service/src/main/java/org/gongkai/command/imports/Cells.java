package org.gongkai.command.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The cells of one row, read by column, collecting every refusal of the row rather than stopping at the first: a
 * clerk fixes a file once, not once per error.
 */
final class Cells {

    private final Register.Line line;
    private final Map<Column, Integer> index;
    private final LocalDate today;
    private final List<RowError> errors = new ArrayList<>();
    private final Set<Column> refused = EnumSet.noneOf(Column.class);

    Cells(Register.Line line, Map<Column, Integer> index, LocalDate today) {
        this.line = line;
        this.index = index;
        this.today = today;
    }

    List<RowError> errors() {
        return errors;
    }

    boolean isBlank(Column column) {
        return raw(column).isEmpty();
    }

    /** The cell's text, or {@code null} when it is blank. */
    String text(Column column) {
        String text = raw(column);
        return text.isEmpty() ? null : text;
    }

    LocalDate date(Column column, boolean required) {
        String text = raw(column);
        if (text.isEmpty()) {
            if (required) {
                refuse(column, "Required", "缺少必填项：" + column.header() + " is required");
            }
            return null;
        }
        LocalDate date = RegisterDates.parse(text).orElse(null);
        if (date == null) {
            refuse(
                    column,
                    "WrongType",
                    "日期格式错误：" + column.header() + " '" + text + "' is not a date (2024-03-05, 2024/3/5 or 2024年3月5日)");
        } else if (date.isAfter(today)) {
            refuse(
                    column,
                    "BusinessDateInFuture",
                    "日期不能晚于今天：" + column.header() + " " + date + " is after today " + today);
        }
        return date;
    }

    <E extends Enum<E>> E code(Column column, Class<E> type, Function<E, String> label, boolean required) {
        String text = raw(column);
        if (text.isEmpty()) {
            if (required) {
                refuse(column, "Required", "缺少必填项：" + column.header() + " is required");
            }
            return null;
        }
        E code = Codes.parse(type, text, label).orElse(null);
        if (code == null) {
            refuse(
                    column,
                    "UnknownCode",
                    "未知代码：" + column.header() + " '" + text + "' is not one of " + Codes.allowed(type, label));
        }
        return code;
    }

    Integer workingDays(Column column) {
        String text = raw(column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            int days = Integer.parseInt(text);
            if (days >= 1 && days <= RegisterRows.DEFAULT_EXTENSION_DAYS) {
                return days;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        refuse(column, "InvalidValue", "延长工作日数应为 1 至 20：" + column.header() + " '" + text + "' is not 1 to 20");
        return null;
    }

    /** One of the pair without the other: a decision needs both its date and its outcome. */
    void requireBoth(Column first, Column second) {
        if (isBlank(first) != isBlank(second)) {
            Column missing = isBlank(first) ? first : second;
            Column given = isBlank(first) ? second : first;
            refuse(
                    missing,
                    "Required",
                    "缺少必填项：" + missing.header() + " is required when " + given.header() + " is given");
        }
    }

    void notBefore(Column column, LocalDate receivedOn) {
        if (receivedOn == null || refused.contains(column) || isBlank(column)) {
            return;
        }
        LocalDate date = RegisterDates.parse(raw(column)).orElse(null);
        if (date != null && date.isBefore(receivedOn)) {
            refuse(
                    column,
                    "DateBeforeReceipt",
                    "日期不能早于收到日期：" + column.header() + " " + date + " is before the receipt date " + receivedOn);
        }
    }

    void refuse(Column column, String rule, String message) {
        refused.add(column);
        errors.add(new RowError(line.row(), column.header(), rule, message));
    }

    private String raw(Column column) {
        Integer position = index.get(column);
        return position == null ? "" : line.cell(position);
    }
}
