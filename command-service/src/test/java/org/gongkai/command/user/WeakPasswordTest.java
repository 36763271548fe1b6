package org.gongkai.command.user;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WeakPasswordTest {

    @ParameterizedTest
    @ValueSource(
            strings = {"        ", "\t\t\t\t\t\t\t\t\t", "abc 1234", " a b c d e f g ", "\u3000\u3000\u3000\u3000密码密码"})
    void weakPassword(String password) {
        assertThatThrownBy(() -> WeakPassword.check(password))
                .isInstanceOf(WeakPassword.class)
                .extracting(e -> ((WeakPassword) e).field())
                .isEqualTo("password");
    }

    @Test
    void passwordTooLong() {
        assertThatThrownBy(() -> WeakPassword.check("密".repeat(25))).isInstanceOf(PasswordTooLong.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "abcd1234",
                "correct horse battery",
                "密码密码密码密码",
                "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
            })
    void acceptsEightNonBlankCharactersUpTo72Bytes(String password) {
        assertThatCode(() -> WeakPassword.check(password)).doesNotThrowAnyException();
    }
}
