package org.gongkai.command.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.gongkai.command.application.ReceiveApplication;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.Channel;
import org.junit.jupiter.api.Test;

class PersonalDataTest {

    @Test
    void recognisesIdNumbersAndMobileNumbersStandingAlone() {
        assertThat(PersonalData.looksPersonal("申请人110101199003071234")).isTrue();
        assertThat(PersonalData.looksPersonal("身份证 11010119900307123X 的档案")).isTrue();
        assertThat(PersonalData.looksPersonal("旧证 110101900307123")).isTrue();
        assertThat(PersonalData.looksPersonal("电话13812345678")).isTrue();
    }

    @Test
    void leavesOrdinaryOfficialTextAlone() {
        assertThat(PersonalData.looksPersonal("库政发〔2024〕3号")).isFalse();
        assertThat(PersonalData.looksPersonal("2023年度村级财务公开情况")).isFalse();
        assertThat(PersonalData.looksPersonal("7d0c3a8e-5b1f-4c52-9a57-1f2e3d4c5b6a"))
                .isFalse();
        assertThat(PersonalData.looksPersonal("12345678901234567890")).isFalse();
        assertThat(PersonalData.looksPersonal(null)).isFalse();
    }

    @Test
    void namesTheFieldThatCarriesPersonalData() {
        var command = new ReceiveApplication(
                "app-1",
                "kupu",
                LocalDate.of(2024, 5, 6),
                Channel.ONLINE,
                ApplicantType.NATURAL_PERSON,
                "请联系13912345678");
        assertThatThrownBy(() -> PersonalData.requireNone(command))
                .isInstanceOf(PersonalDataInInput.class)
                .hasFieldOrPropertyWithValue("field", "subject")
                .hasMessageNotContaining("13912345678")
                .satisfies(e -> assertThat(((PersonalDataInInput) e).rule()).isEqualTo("NO_PERSONAL_DATA"));
        assertThatCode(() -> PersonalData.requireNone(new ReceiveApplication(
                        "app-1",
                        "kupu",
                        LocalDate.of(2024, 5, 6),
                        Channel.ONLINE,
                        ApplicantType.NATURAL_PERSON,
                        "村级财务")))
                .doesNotThrowAnyException();
    }
}
