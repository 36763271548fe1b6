package org.gongkai.command.application;

/**
 * How a case number reads: the agency's short name, the receipt year in 〔〕 and the sequence in 第…号, as agencies
 * number their documents (e.g. 库普〔2026〕第12号). The short name drops what every agency of a county shares.
 */
final class CaseNumberFormat {

    private static final String GOVERNMENT = "人民政府";
    private static final String REGION_ENDS = "县市区旗";
    private static final String TOWN_ENDS = "乡镇";
    private static final int MAX_SHORT_NAME = 8;

    private CaseNumberFormat() {}

    static String format(String agencyName, int year, int number) {
        return shortName(agencyName) + "〔" + year + "〕第" + number + "号";
    }

    /**
     * 托里县库普乡人民政府 → 库普, 托里县教育局 → 教育局, 托里县人民政府 → 托里县: "人民政府" goes, then the county (or city,
     * district, banner) in front when a name is left after it, then a trailing 乡 or 镇; at most eight characters.
     */
    static String shortName(String agencyName) {
        String name = agencyName == null ? "" : agencyName.strip().replace(GOVERNMENT, "");
        int regionEnd = -1;
        for (int i = 0; i < name.length() - 2; i++) {
            if (REGION_ENDS.indexOf(name.charAt(i)) >= 0) {
                regionEnd = i;
            }
        }
        if (regionEnd >= 0) {
            name = name.substring(regionEnd + 1);
        }
        if (name.length() > 2 && TOWN_ENDS.indexOf(name.charAt(name.length() - 1)) >= 0) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.isEmpty()) {
            name = "申请";
        }
        // counted in code points, so a name with characters beyond the BMP is never cut inside a surrogate pair
        return name.codePointCount(0, name.length()) > MAX_SHORT_NAME
                ? name.substring(0, name.offsetByCodePoints(0, MAX_SHORT_NAME))
                : name;
    }
}
