package org.gongkai.query.letters;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.events.letter.LetterKind;

/**
 * One letter ready to print: the letterhead and title, the document number (blank until allocated), the addressee
 * line (blank for the clerk unless given for this rendering only), the body, the sender and the date.
 *
 * @param article the citation of the 条例 the letter rests on, as printed (empty when it has none)
 * @param remedy  the remedy sentence of an answer; null for a procedural notice (DOMAIN.md §11)
 */
record Letter(
        LetterKind kind,
        String letterhead,
        String title,
        String number,
        String addressee,
        List<String> paragraphs,
        String signature,
        LocalDate date,
        String article,
        String remedy) {

    Letter {
        paragraphs = List.copyOf(paragraphs);
    }
}
