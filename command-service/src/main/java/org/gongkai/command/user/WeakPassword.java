package org.gongkai.command.user;

import java.nio.charset.StandardCharsets;
import org.gongkai.command.rejection.Rejection;

/**
 * A password needs at least eight characters that are not white space: eight spaces pass a length check but are
 * guessed first.
 */
final class WeakPassword extends Rejection {

    static final int MIN_NON_BLANK = 8;

    private WeakPassword(String field) {
        super(
                Kind.INVALID_INPUT,
                field,
                "密码至少需要" + MIN_NON_BLANK + "个非空白字符：password needs at least " + MIN_NON_BLANK
                        + " characters that are not white space");
    }

    /** Also refuses a password longer than bcrypt reads ({@link PasswordTooLong}). */
    static void check(String password) {
        check("password", password);
    }

    /** As {@link #check(String)}, naming {@code field} (a user's own change sends {@code newPassword}). */
    static void check(String field, String password) {
        if (password.codePoints().filter(c -> !Character.isWhitespace(c)).count() < MIN_NON_BLANK) {
            throw new WeakPassword(field);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > PasswordTooLong.MAX_UTF8_BYTES) {
            throw new PasswordTooLong(field);
        }
    }
}
