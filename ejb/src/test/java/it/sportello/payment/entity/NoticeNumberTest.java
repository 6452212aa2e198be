package it.sportello.payment.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class NoticeNumberTest {

    @Test
    void checkDigitsAreTheRemainderModulo93OfAuxDigitSegregationCodeAndBase() {
        // 3 01 0000000000001 = 3 010 000 000 000 001
        // 93 x 32 365 591 397 849 = 3 009 999 999 999 957; 3 010 000 000 000 001 - that = 44
        NoticeNumber number = NoticeNumber.issue("01", 1);
        assertEquals("301000000000000144", number.value());
        assertEquals("01000000000000144", number.iuv());
        assertEquals("01", number.segregationCode());
    }

    @Test
    void anotherWorkedVector() {
        // 3 47 1234567890123 = 3 471 234 567 890 123
        // 93 x 37 325 102 880 538 = 3 471 234 567 890 034; 3 471 234 567 890 123 - that = 89
        assertEquals(
                "347123456789012389",
                NoticeNumber.issue("47", 1_234_567_890_123L).value());
    }

    @Test
    void smallRemaindersArePaddedToTwoDigits() {
        // 3 00 0000000000000 = 3 000 000 000 000 000 = 93 x 32 258 064 516 129 (= 2 999 999 999 999 997) + 3
        assertEquals("300000000000000003", NoticeNumber.issue("00", 0).value());
    }

    @Test
    void aWrongCheckDigitOrAuxDigitIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new NoticeNumber("301000000000000145"));
        assertThrows(IllegalArgumentException.class, () -> new NoticeNumber("001000000000000144"));
        assertThrows(IllegalArgumentException.class, () -> new NoticeNumber("30100000000000014"));
        assertTrue(NoticeNumber.isValid("3010 0000 0000 0001 44"));
        assertFalse(NoticeNumber.isValid("3010 0000 0000 0001 43"));
    }

    @Test
    void segregationCodeAndBaseKeepTheirLength() {
        assertThrows(IllegalArgumentException.class, () -> NoticeNumber.issue("1", 1));
        assertThrows(IllegalArgumentException.class, () -> NoticeNumber.issue("01", 10_000_000_000_000L));
        assertThrows(IllegalArgumentException.class, () -> NoticeNumber.issue("01", -1));
    }

    @Test
    void printedInGroupsOfFour() {
        assertEquals("3010 0000 0000 0001 44", NoticeNumber.issue("01", 1).grouped());
    }

    @Test
    void theQrCodeCarriesNoticeNumberCreditorAndCents() {
        PaymentCode code = new PaymentCode(NoticeNumber.issue("01", 1), "00000000000", new BigDecimal("20.00"));
        assertEquals("PAGOPA|002|301000000000000144|00000000000|2000", code.text());
        assertEquals(1650, new PaymentCode(NoticeNumber.issue("01", 1), "00000000000", new BigDecimal("16.5")).cents());
    }

    @Test
    void theQrCodeRefusesFractionsOfCentsAndShortTaxCodes() {
        NoticeNumber number = NoticeNumber.issue("01", 1);
        assertThrows(
                IllegalArgumentException.class, () -> new PaymentCode(number, "00000000000", new BigDecimal("1.005")));
        assertThrows(IllegalArgumentException.class, () -> new PaymentCode(number, "0000000000", BigDecimal.ONE));
        assertThrows(IllegalArgumentException.class, () -> new PaymentCode(number, "00000000000", BigDecimal.ZERO));
    }

    @Test
    void iudsAre32HexCharactersAndDiffer() {
        String one = Iud.next();
        assertTrue(Iud.isValid(one));
        assertFalse(one.equals(Iud.next()));
    }
}
