package org.gongkai.events.letter;

/**
 * A fact of one agency's register of letter numbers for one year and kind (the LetterRegister stream, keyed
 * {@code letters:<agencyId>:<year>:<kind>}).
 */
public sealed interface LetterEvent permits LetterNumberAllocated {
    String registerId();
}
