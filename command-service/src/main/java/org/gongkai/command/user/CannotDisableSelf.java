package org.gongkai.command.user;

import org.gongkai.command.rejection.Rejection;

/** An administrator who disables their own account is locked out by their own hand: another administrator must. */
final class CannotDisableSelf extends Rejection {

    CannotDisableSelf() {
        super(Kind.CONFLICT, "username", "不能停用自己的账号：an administrator cannot disable their own account");
    }
}
