package org.gongkai.command.user;

import org.gongkai.command.rejection.Rejection;

/** A user name names one account for ever: registering it again is refused. */
final class UsernameTaken extends Rejection {

    UsernameTaken(String username) {
        super(Kind.CONFLICT, "username", "用户名已存在：" + username + " is already registered");
    }
}
