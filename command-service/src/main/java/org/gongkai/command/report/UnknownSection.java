package org.gongkai.command.report;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.gongkai.command.rejection.Rejection;
import org.gongkai.events.report.NarrativeSection;

/** Only sections 一, 五 and 六 are written by staff; the tables of 二, 三 and 四 are derived from facts. */
public final class UnknownSection extends Rejection {

    UnknownSection(String section) {
        super(
                Kind.INVALID_INPUT,
                "section",
                "未知的报告章节：section '" + section + "' is not one of "
                        + Arrays.stream(NarrativeSection.values())
                                .map(Enum::name)
                                .collect(Collectors.joining(", ")));
    }
}
