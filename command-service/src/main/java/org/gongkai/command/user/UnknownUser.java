package org.gongkai.command.user;

import org.gongkai.command.rejection.Rejection;

/** The path names no registered user. */
final class UnknownUser extends Rejection {

    UnknownUser(String username) {
        super(Kind.NOT_FOUND, "username", "未找到用户：" + username + " is not registered");
    }
}
