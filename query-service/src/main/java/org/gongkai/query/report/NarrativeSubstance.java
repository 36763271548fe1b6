package org.gongkai.query.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.events.report.NarrativeSection;

/**
 * Whether the staff-written sections of an annual report have substance, as assessors judge it: every section
 * present; sections 一 and 五 at least {@value #MIN_SECTION_CHARACTERS} characters (Han characters and letters;
 * digits, spaces and punctuation not counted). Thirty characters is one short sentence; a real 总体情况 runs to several
 * hundred. Section 六 may say just "无". Used by the report's check and by the year-end worklist.
 */
public final class NarrativeSubstance {

    public static final int MIN_SECTION_CHARACTERS = 30;

    /** What is wrong with one section. */
    public record Gap(NarrativeSection section, int characters) {

        public boolean missing() {
            return characters < 0;
        }

        /** e.g. 一、总体情况内容过少（12字，至少30字） or 五、存在的主要问题及改进情况缺失 */
        public String describe() {
            return missing()
                    ? section.label() + "缺失"
                    : section.label() + "内容过少（" + characters + "字，至少" + MIN_SECTION_CHARACTERS + "字）";
        }
    }

    private NarrativeSubstance() {}

    /** The sections (by {@link NarrativeSection} name in {@code narrative}) that are missing or near-empty. */
    public static List<Gap> gaps(Map<String, String> narrative) {
        List<Gap> gaps = new ArrayList<>();
        for (NarrativeSection section : NarrativeSection.values()) {
            String text = narrative.get(section.name());
            if (text == null || text.isBlank()) {
                gaps.add(new Gap(section, -1));
                continue;
            }
            int length = letters(text).length();
            if (section != NarrativeSection.OTHER_MATTERS && length < MIN_SECTION_CHARACTERS) {
                gaps.add(new Gap(section, length));
            }
        }
        return gaps;
    }

    /** The text without digits, spaces and punctuation. */
    public static String letters(String text) {
        return text.codePoints()
                .filter(Character::isLetter)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}
