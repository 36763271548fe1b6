package org.gongkai.command.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;
import org.gongkai.command.application.ReceiveApplication;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.Channel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalDataTest {

    @ParameterizedTest(name = "[{index}] {1}: {0}")
    @CsvSource(delimiterString = " | ", textBlock = """
            申请人110101199003071233                  | resident ID number, valid check digit
            身份证 11010519491231002X 的档案           | ID number ending in X
            身份证 11010519491231002x 的档案           | ID number ending in a lowercase x
            110101 19900307 1233                     | ID number written in groups
            旧证 110101900307123                      | first-generation 15-digit ID number
            电话13812345678                           | mobile number among Chinese text
            电话 138 1234 5678                        | mobile number grouped by spaces
            电话 138-1234-5678                        | mobile number grouped by dashes
            电话 +86 138 1234 5678                    | mobile number with +86
            +8613812345678                           | mobile number with +86 and no space
            0086-13812345678                         | mobile number with 0086
            （+86）13812345678                        | mobile number with a bracketed prefix
            电话１３８１２３４５６７８                  | mobile number in full-width digits
            电话１３８　１２３４　５６７８              | full-width digits and ideographic spaces
            """)
    void recognisesPersonalDataHoweverItIsWritten(String text, String why) {
        assertThat(PersonalData.looksPersonal(text)).as(why).isTrue();
    }

    @ParameterizedTest(name = "[{index}] {1}: {0}")
    @CsvSource(delimiterString = " | ", textBlock = """
            库政发〔2024〕3号                          | document number
            2023年度村级财务公开情况                    | subject with a year
            7d0c3a8e-5b1f-4c52-9a57-1f2e3d4c5b6a     | random UUID
            7d0c3a8e-5b1f-4c52-9a57-a13812345678     | UUID whose last group holds a mobile-number shape
            13812345-6789-1234-5678-138123456789     | UUID whose groups are all digits
            12345678901234567890                     | twenty-digit serial number
            110101199003071234                       | 18 digits with a wrong check digit
            110101199013071233                       | 18 digits with no valid birth date
            123456789012345                          | 15 digits with no valid birth date
            合同编号HT13812345678                      | mobile-number shape inside a longer serial number
            SN2024138123456789                       | digits inside a serial number
            """)
    void leavesOrdinaryOfficialTextAndIdsAlone(String text, String why) {
        assertThat(PersonalData.looksPersonal(text)).as(why).isFalse();
    }

    @Test
    void nothingIsNotPersonal() {
        assertThat(PersonalData.looksPersonal(null)).isFalse();
        assertThat(PersonalData.looksPersonal("")).isFalse();
    }

    /** About one random UUID in 5,000 used to be refused; none may be. The seed is printed for a failure. */
    @Test
    void noRandomUuidIsEverPersonalData() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        for (int i = 0; i < 100_000; i++) {
            UUID uuid = new UUID(
                    (random.nextLong() & ~0xF000L) | 0x4000L, // version 4
                    (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L); // IETF variant
            String text =
                    random.nextBoolean() ? uuid.toString() : uuid.toString().toUpperCase();
            assertThat(PersonalData.looksPersonal(text))
                    .as("UUID %s (seed %d)", text, seed)
                    .isFalse();
        }
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
                        "13812345-6789-1234-5678-138123456789",
                        "kupu",
                        LocalDate.of(2024, 5, 6),
                        Channel.ONLINE,
                        ApplicantType.NATURAL_PERSON,
                        "村级财务")))
                .doesNotThrowAnyException();
    }
}
