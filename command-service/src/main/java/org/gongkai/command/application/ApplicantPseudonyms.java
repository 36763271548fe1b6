package org.gongkai.command.application;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.gongkai.command.rejection.InvalidValue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns the applicant key typed at intake (a resident ID number or a unified social credit code) into a keyed
 * pseudonym, HMAC-SHA256 under the deployment's secret, before anything is stored or logged (ADR 0029). The same
 * applicant always gets the same pseudonym however the key was typed (full-width digits, spaces, dashes, a lower
 * case x), and without the secret a pseudonym cannot be turned back into the key by trying every ID number.
 *
 * <p>A refusal never repeats the key.
 */
@Component
class ApplicantPseudonyms {

    static final String FIELD = "applicantKey";

    private static final String USCC_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK_CHARACTERS = "10X98765432";

    private final byte[] secret;

    ApplicantPseudonyms(@Value("${gongkai.applicant-key.secret:}") String secret) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** The pseudonym of {@code key}, or null when no key was given. */
    String of(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        if (secret.length < 16) {
            throw new InvalidValue(
                    FIELD,
                    "未配置申请人标识密钥：this deployment has no gongkai.applicant-key.secret (at least 16 characters),"
                            + " so an applicant key cannot be accepted");
        }
        String normalised = normalise(key);
        if (!isResidentId(normalised) && !isOldResidentId(normalised) && !isCreditCode(normalised)) {
            throw new InvalidValue(
                    FIELD,
                    "申请人标识格式错误：applicantKey must be an 18-character resident ID number, a 15-digit one or an"
                            + " 18-character unified social credit code with a valid check character");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** Full-width to ASCII, no spaces or dashes, upper case: as people type the same number in different ways. */
    static String normalise(String key) {
        return Normalizer.normalize(key, Normalizer.Form.NFKC)
                .replaceAll("[\\s\\-‐‑–—]", "")
                .toUpperCase(Locale.ROOT);
    }

    private static boolean isResidentId(String key) {
        if (!key.matches("[0-9]{17}[0-9X]")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (key.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return key.charAt(17) == ID_CHECK_CHARACTERS.charAt(sum % 11);
    }

    private static boolean isOldResidentId(String key) {
        return key.matches("[0-9]{15}");
    }

    /** GB 32100-2015: 17 characters of the code set, then a check character (mod 31). */
    private static boolean isCreditCode(String key) {
        if (key.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = USCC_CHARACTERS.indexOf(key.charAt(i));
            if (value < 0) {
                return false;
            }
            sum += value * USCC_WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return key.charAt(17) == USCC_CHARACTERS.charAt(check);
    }
}
