package org.gongkai.events.application;

/** The information-processing fee scheme an agency picks per application (国办函〔2020〕109号, DOMAIN.md §8). */
public enum FeeScheme {
    PER_APPLICATION("按件计收"),
    PER_PAGE("按量计收");

    private final String label;

    FeeScheme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
