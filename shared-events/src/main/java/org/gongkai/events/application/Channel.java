package org.gongkai.events.application;

/**
 * How an application reached the agency (DOMAIN.md §9). Not a column of the national tables, but it decides
 * which day counts as the receipt date (条例 Art. 31, DOMAIN.md §6.3).
 */
public enum Channel {
    IN_PERSON("当面"),
    REGISTERED_MAIL("邮寄"),
    ORDINARY_MAIL("平常信函"),
    ONLINE("网络/在线平台"),
    EMAIL("电子邮件"),
    FAX("传真"),
    ORAL("口头代填"),
    OTHER("其他");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
