package org.gongkai.events.letter;

/**
 * The letter of {@code kind} about application {@code applicationId} got number {@code sequence} of its agency's
 * series for {@code year} (printed 〔year〕第sequence号 after the agency's prefix). Allocated once per letter:
 * asking again for the same letter answers the same number. Numbers of a series have no gaps.
 *
 * <p>Version 1.
 */
public record LetterNumberAllocated(
        String registerId, String agencyId, int year, LetterKind kind, String applicationId, int sequence)
        implements LetterEvent {

    /** The stream key of one agency's series for one year and kind. */
    public static String registerOf(String agencyId, int year, LetterKind kind) {
        return "letters:" + agencyId + ":" + year + ":" + kind.name();
    }
}
