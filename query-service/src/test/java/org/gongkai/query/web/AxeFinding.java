package org.gongkai.query.web;

/**
 * One serious or critical axe-core finding on one node of one screen, printed so that a failing walk says what to
 * fix and where: the rule, the node (CSS selector and its HTML) and the screen it was seen on.
 */
public record AxeFinding(
        String screen, String impact, String rule, String help, String target, String html, String summary) {

    @Override
    public String toString() {
        return impact + " " + rule + " (" + help + ") on " + screen + " at " + target + ": " + html + "\n    "
                + summary.replace("\n", "\n    ");
    }
}
