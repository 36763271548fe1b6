package org.gongkai.command.user;

import org.gongkai.command.rejection.Rejection;

/**
 * A user asked to choose a new password must choose one the administrator who set it does not know; keeping the
 * old one would defeat that.
 */
final class PasswordUnchanged extends Rejection {

    PasswordUnchanged() {
        super(Kind.INVALID_INPUT, "newPassword", "新密码不能与当前密码相同：newPassword must differ from oldPassword");
    }
}
