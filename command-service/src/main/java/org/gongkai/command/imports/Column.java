package org.gongkai.command.imports;

import java.util.Arrays;
import java.util.Optional;

/**
 * The columns of a register file, in template order. A header is found by its Chinese name (as in the template) or
 * by the API's field name, so scripts can write English headers; the order of columns in a file is free.
 */
enum Column {
    APPLICATION_ID("申请编号", "applicationId", false),
    RECEIVED_ON("收到日期", "receivedOn", true),
    CHANNEL("申请方式", "channel", true),
    APPLICANT_TYPE("申请人类型", "applicantType", true),
    SUBJECT("申请内容", "subject", false),
    DECIDED_ON("办结日期", "decidedOn", false),
    OUTCOME("办理结果", "outcome", false),
    SUPPLEMENT_REQUESTED_ON("补正日期", "supplementRequestedOn", false),
    SUPPLEMENT_RECEIVED_ON("补正收到日期", "supplementReceivedOn", false),
    EXTENDED_ON("延期日期", "extendedOn", false),
    EXTENSION_WORKING_DAYS("延期工作日数", "extensionWorkingDays", false);

    private final String header;
    private final String field;
    private final boolean required;

    Column(String header, String field, boolean required) {
        this.header = header;
        this.field = field;
        this.required = required;
    }

    /** The Chinese header, as in the template and in every error the import reports. */
    String header() {
        return header;
    }

    boolean required() {
        return required;
    }

    static Optional<Column> ofHeader(String text) {
        String name = text.strip();
        return Arrays.stream(values())
                .filter(column -> column.header.equals(name) || column.field.equalsIgnoreCase(name))
                .findFirst();
    }
}
