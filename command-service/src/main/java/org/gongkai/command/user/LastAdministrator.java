package org.gongkai.command.user;

import org.gongkai.command.rejection.Rejection;

/**
 * Without an enabled administrator nobody can manage users or agencies again (short of the configured master
 * password), so the last one can be neither disabled nor given another role.
 */
final class LastAdministrator extends Rejection {

    LastAdministrator(String field) {
        super(
                Kind.CONFLICT,
                field,
                "不能移除最后一名管理员：the last enabled administrator can be neither disabled nor given another role");
    }
}
