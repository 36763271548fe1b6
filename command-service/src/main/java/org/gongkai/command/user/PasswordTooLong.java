package org.gongkai.command.user;

import org.gongkai.command.rejection.Rejection;

/**
 * bcrypt reads at most 72 bytes of UTF-8, so a longer password (24 Chinese characters are enough) would be cut
 * without a word and its tail would not count; it is refused instead.
 */
final class PasswordTooLong extends Rejection {

    static final int MAX_UTF8_BYTES = 72;

    PasswordTooLong(String field) {
        super(
                Kind.INVALID_INPUT,
                field,
                "密码过长：password may have at most " + MAX_UTF8_BYTES + " bytes in UTF-8 (bcrypt reads no more)");
    }
}
