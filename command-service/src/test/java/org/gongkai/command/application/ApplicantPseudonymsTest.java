package org.gongkai.command.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gongkai.command.rejection.InvalidValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApplicantPseudonymsTest {

    private static final String ID_NUMBER = "11010519491231002X";
    private static final String CREDIT_CODE = "91350100M000100Y43";
    private final ApplicantPseudonyms pseudonyms = new ApplicantPseudonyms("a deployment secret of some length");

    @ParameterizedTest
    @ValueSource(
            strings = {"11010519491231002x", " 110105 19491231 002X ", "１１０１０５１９４９１２３１００２Ｘ", "110105-19491231-002X"})
    void givesTheSameApplicantTheSamePseudonymHoweverTheKeyIsTyped(String typed) {
        assertThat(pseudonyms.of(typed)).isEqualTo(pseudonyms.of(ID_NUMBER));
    }

    @Test
    void givesAHexHmacThatDoesNotContainTheKey() {
        String pseudonym = pseudonyms.of(ID_NUMBER);

        assertThat(pseudonym).matches("[0-9a-f]{64}").doesNotContain("110105").doesNotContain("19491231");
        assertThat(pseudonyms.of(CREDIT_CODE)).matches("[0-9a-f]{64}").isNotEqualTo(pseudonym);
    }

    @Test
    void anotherDeploymentsSecretGivesAnotherPseudonym() {
        assertThat(new ApplicantPseudonyms("another deployment's secret").of(ID_NUMBER))
                .isNotEqualTo(pseudonyms.of(ID_NUMBER));
    }

    @Test
    void noKeyMeansNoPseudonym() {
        assertThat(pseudonyms.of(null)).isNull();
        assertThat(pseudonyms.of("  ")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"110105194912310021", "91350100M000100Y44", "张三", "12345", "91350100I000100Y43"})
    void refusesAKeyThatIsNeitherAnIdNumberNorACreditCodeWithoutRepeatingIt(String key) {
        assertThatThrownBy(() -> pseudonyms.of(key))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("applicantKey")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(key));
    }

    @Test
    void refusesAKeyWhenTheDeploymentHasNoSecret() {
        assertThatThrownBy(() -> new ApplicantPseudonyms("").of(ID_NUMBER))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("gongkai.applicant-key.secret");
    }
}
