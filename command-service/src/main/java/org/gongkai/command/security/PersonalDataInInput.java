package org.gongkai.command.security;

import org.gongkai.command.rejection.Rejection;

/**
 * A text that looks like an applicant's ID number or mobile number (DOMAIN.md §10): statistics need no personal
 * data, so it is refused before it can reach an event, a topic or a log. The answer does not repeat the value.
 */
final class PersonalDataInInput extends Rejection {

    PersonalDataInInput(String field) {
        super(
                Kind.INVALID_INPUT,
                field,
                "不得包含个人信息：" + field + " looks like an ID number or a phone number; statistics need no personal data");
    }

    @Override
    public String rule() {
        return "NO_PERSONAL_DATA";
    }
}
