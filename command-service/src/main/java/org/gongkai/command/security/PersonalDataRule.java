package org.gongkai.command.security;

/**
 * The personal-data rule of {@link PersonalData} for code that checks text before it makes a command: the register
 * import's dry run names every row whose text would be refused, before anything is sent (ADR 0024).
 */
public final class PersonalDataRule {

    /** The rule name a refused text answers with, as {@link PersonalDataInInput} does. */
    public static final String RULE = "NO_PERSONAL_DATA";

    private PersonalDataRule() {}

    public static boolean looksPersonal(String text) {
        return PersonalData.looksPersonal(text);
    }
}
