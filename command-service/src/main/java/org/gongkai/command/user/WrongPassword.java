package org.gongkai.command.user;

import org.gongkai.command.rejection.Rejection;

/** A user's own password change proves the current password, so a session left open cannot take the account. */
final class WrongPassword extends Rejection {

    WrongPassword() {
        super(Kind.INVALID_INPUT, "oldPassword", "当前密码不正确：oldPassword is not the current password");
    }
}
