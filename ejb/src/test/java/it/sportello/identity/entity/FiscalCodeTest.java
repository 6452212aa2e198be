package it.sportello.identity.entity;

import static it.sportello.identity.entity.InvalidFiscalCodeException.CHECK;
import static it.sportello.identity.entity.InvalidFiscalCodeException.DATE;
import static it.sportello.identity.entity.InvalidFiscalCodeException.FORMAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FiscalCodeTest {

    // Fictional people, usable as demo identities. Surname and name letters follow the rules of
    // the decree (consonants, then vowels; four or more consonants in a name: 1st, 3rd and 4th).
    /** Mario Rossi, man, 1 January 1980, Roma (H501). */
    static final String MARIO_ROSSI = "RSSMRA80A01H501U";
    /** Giulia Bianchi, woman, 15 July 1992 (day 15 + 40), Milano (F205). */
    static final String GIULIA_BIANCHI = "BNCGLI92L55F205A";
    /** Giulia Bianchi's omocodic code: the last digit 5 written as R, check character recomputed. */
    static final String GIULIA_BIANCHI_OMOCODIC = "BNCGLI92L55F20RV";
    /** Luca Ferrari, man, 30 November 1975, Trento (L378). */
    static final String LUCA_FERRARI = "FRRLCU75S30L378A";
    /** Chiara Esposito, woman, 8 March 2004, Pisa (G702). */
    static final String CHIARA_ESPOSITO = "SPSCHR04C48G702G";
    /** Francesca Romano, woman, 24 December 1965, Bologna (A944). */
    static final String FRANCESCA_ROMANO = "RMNFNC65T64A944U";
    /** Marco Ricci, man, 20 May 1990, born in the United States (Z404). */
    static final String MARCO_RICCI = "RCCMRC90E20Z404J";
    /** Marco Ricci's omocodic code: the last two digits 0 and 4 written as L and Q. */
    static final String MARCO_RICCI_OMOCODIC = "RCCMRC90E20Z4LQR";

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    private final FiscalCodeConverter converter = new FiscalCodeConverter();

    /** Worked by hand from the tables of the decree, not by the code under test. */
    @ParameterizedTest(name = "{0} -> {3}")
    @CsvSource({
        // odd positions  R S R 8 A 1 5 1 ->  8+12+ 8+19+ 1+ 0+13+ 0 = 61
        // even positions S M A 0 0 H 0   -> 18+12+ 0+ 0+ 0+ 7+ 0    = 37
        // 98 = 3 * 26 + 20, and the letter of rank 20 is U
        "RSSMRA80A01H501, 61, 37, U",
        // odd positions  B C L 9 L 5 2 5 ->  0+ 5+ 4+21+ 4+13+ 5+13 = 65
        // even positions N G I 2 5 F 0   -> 13+ 6+ 8+ 2+ 5+ 5+ 0    = 39
        // 104 = 4 * 26 + 0, so A
        "BNCGLI92L55F205, 65, 39, A",
        // omocodic: the check character weighs the letters as written (L even = 11, Q odd = 6)
        // odd positions  R C R 9 E 0 4 Q ->  8+ 5+ 8+21+ 9+ 1+ 9+ 6 = 67
        // even positions C M C 0 2 Z L   ->  2+12+ 2+ 0+ 2+25+11    = 54
        // 121 = 4 * 26 + 17, so R
        "RCCMRC90E20Z4LQ, 67, 54, R"
    })
    void checkCharacterIsTheLetterOfTheWeightedSumModulo26(String first15, int oddSum, int evenSum, char expected) {
        assertThat((char) ('A' + (oddSum + evenSum) % 26)).isEqualTo(expected);
        assertThat(FiscalCode.checkCharacter(first15)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        MARIO_ROSSI + ",             1980-01-01, MALE,   H501",
        GIULIA_BIANCHI + ",          1992-07-15, FEMALE, F205",
        GIULIA_BIANCHI_OMOCODIC + ", 1992-07-15, FEMALE, F205",
        LUCA_FERRARI + ",            1975-11-30, MALE,   L378",
        CHIARA_ESPOSITO + ",         2004-03-08, FEMALE, G702",
        FRANCESCA_ROMANO + ",        1965-12-24, FEMALE, A944",
        MARCO_RICCI + ",             1990-05-20, MALE,   Z404",
        MARCO_RICCI_OMOCODIC + ",    1990-05-20, MALE,   Z404"
    })
    void readsBirthDateSexAndBirthplaceFromAValidCode(String code, LocalDate birthDate, Sex sex, String place) {
        FiscalCode fiscalCode = FiscalCode.of(code);

        assertThat(fiscalCode.value()).isEqualTo(code);
        assertThat(fiscalCode.birthDate(TODAY)).isEqualTo(birthDate);
        assertThat(fiscalCode.sex()).isEqualTo(sex);
        assertThat(fiscalCode.birthPlaceCode()).isEqualTo(place);
        assertThat(FiscalCode.isValid(code)).isTrue();
        assertThat(FiscalCode.parse(code)).contains(fiscalCode);
    }

    @Test
    void readsTheBirthDateAsOfToday() {
        assertThat(FiscalCode.of(MARIO_ROSSI).birthDate()).isEqualTo(LocalDate.of(1980, 1, 1));
    }

    @Test
    void readsTheYearInThisCenturyWhenThatIsNotInTheFuture() {
        assertThat(FiscalCode.of(CHIARA_ESPOSITO).birthDate(TODAY)).isEqualTo(LocalDate.of(2004, 3, 8));
    }

    @Test
    void readsTheYearInTheLastCenturyWhenThisOneWouldBeInTheFuture() {
        assertThat(FiscalCode.of(FRANCESCA_ROMANO).birthDate(TODAY)).isEqualTo(LocalDate.of(1965, 12, 24));
    }

    @Test
    void choosesTheCenturyByTheWholeDateNotJustTheYear() {
        FiscalCode bornOnNewYearsEve25 = FiscalCode.of(withCheck("RSSMRA25T31H501"));

        assertThat(bornOnNewYearsEve25.birthDate(LocalDate.of(2025, 12, 30))).isEqualTo(LocalDate.of(1925, 12, 31));
        assertThat(bornOnNewYearsEve25.birthDate(LocalDate.of(2025, 12, 31))).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void readsTwentyNinthFebruaryOfYear00As2000BecauseFebruary1900HadNoTwentyNinth() {
        FiscalCode leapDay00 = FiscalCode.of(withCheck("RSSMRA00B29H501"));

        assertThat(leapDay00.birthDate(TODAY)).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(leapDay00.birthDate(LocalDate.of(1999, 1, 1))).isEqualTo(LocalDate.of(2000, 2, 29));
    }

    @Test
    void readsAnOrdinaryDateOfYear00As1900BeforeTheYear2000() {
        assertThat(FiscalCode.of(withCheck("RSSMRA00B28H501")).birthDate(LocalDate.of(1999, 1, 1)))
                .isEqualTo(LocalDate.of(1900, 2, 28));
    }

    @Test
    void acceptsAnOmocodicCodeWithItsOwnCheckCharacter() {
        FiscalCode omocodic = FiscalCode.of(GIULIA_BIANCHI_OMOCODIC);

        assertThat(omocodic.isOmocodic()).isTrue();
        assertThat(omocodic.birthPlaceCode()).isEqualTo("F205");
        assertThat(FiscalCode.of(GIULIA_BIANCHI).isOmocodic()).isFalse();
    }

    @ParameterizedTest(name = "{0} digits replaced")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7})
    void decodesTheSamePersonWhateverNumberOfDigitsTheAgenziaReplaced(int replaced) {
        FiscalCode original = FiscalCode.of(MARIO_ROSSI);
        FiscalCode omocodic = FiscalCode.of(replaceDigitsFromTheRight(MARIO_ROSSI, replaced));

        assertThat(omocodic.isOmocodic()).isTrue();
        assertThat(omocodic.birthDate(TODAY)).isEqualTo(original.birthDate(TODAY));
        assertThat(omocodic.sex()).isEqualTo(original.sex());
        assertThat(omocodic.birthPlaceCode()).isEqualTo("H501");
    }

    @Test
    void decodesAFullyOmocodicCode() {
        // 8 0 . 0 1 . 5 0 1 -> U L . L M . R L M
        FiscalCode fullyOmocodic = FiscalCode.of(withCheck("RSSMRAULALMHRLM"));

        assertThat(fullyOmocodic).isEqualTo(FiscalCode.of(replaceDigitsFromTheRight(MARIO_ROSSI, 7)));
        assertThat(fullyOmocodic.birthDate(TODAY)).isEqualTo(LocalDate.of(1980, 1, 1));
        assertThat(fullyOmocodic.birthPlaceCode()).isEqualTo("H501");
    }

    @Test
    void acceptsASubstituteLetterInAnyDigitPosition() {
        // Only the day's tens digit (0 -> L) replaced: not the Agenzia's right-to-left order.
        FiscalCode code = FiscalCode.of(withCheck("BNCGLI92LR5F205"));

        assertThat(code.isOmocodic()).isTrue();
        assertThat(code.birthDate(TODAY)).isEqualTo(LocalDate.of(1992, 7, 15));
        assertThat(code.sex()).isEqualTo(Sex.FEMALE);
    }

    @Test
    void rejectsAnOmocodicCodeWhoseCheckCharacterWasNotRecomputed() {
        assertRejected("BNCGLI92L55F20RA", CHECK);
    }

    @Test
    void rejectsALetterThatIsNoDigitSubstituteInADigitPosition() {
        // The letter O typed for the digit 0.
        assertRejected(withCheck("RSSMRA8OA01H501"), FORMAT);
    }

    @Test
    void anOmocodicCodeIsNotEqualToTheCodeItWasDerivedFrom() {
        assertThat(FiscalCode.of(GIULIA_BIANCHI_OMOCODIC)).isNotEqualTo(FiscalCode.of(GIULIA_BIANCHI));
    }

    @Test
    void acceptsLowerCaseAndSurroundingBlanks() {
        assertThat(FiscalCode.of("  rssmra80a01h501u\t").value()).isEqualTo(MARIO_ROSSI);
    }

    @ParameterizedTest
    @ValueSource(strings = {"TINIT-RSSMRA80A01H501U", "tinit-rssmra80a01h501u", " TINIT-RSSMRA80A01H501U "})
    void stripsThePrefixSpidSends(String spidNumber) {
        assertThat(FiscalCode.of(spidNumber).value()).isEqualTo(MARIO_ROSSI);
        assertThat(FiscalCode.isValid(spidNumber)).isTrue();
    }

    @Test
    void rejectsThePrefixAlone() {
        assertRejected("TINIT-", FORMAT);
    }

    @Test
    void upperCasesTheSameWayInEveryLocale() {
        Locale defaultLocale = Locale.getDefault();
        try {
            // In Turkish, "i".toUpperCase() is a dotted capital I.
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));

            assertThat(FiscalCode.of("bncgli92l55f205a").value()).isEqualTo(GIULIA_BIANCHI);
        } finally {
            Locale.setDefault(defaultLocale);
        }
    }

    @Test
    void codesAreEqualByValueHoweverTheyWereWritten() {
        FiscalCode fromSpid = FiscalCode.of("TINIT-rssmra80a01h501u");
        FiscalCode typed = new FiscalCode(MARIO_ROSSI);

        assertThat(fromSpid).isEqualTo(typed).hasSameHashCodeAs(typed).hasToString(MARIO_ROSSI);
        assertThat(fromSpid).isNotEqualTo(FiscalCode.of(LUCA_FERRARI));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n"})
    void rejectsAMissingCodeAsBadlyFormatted(String missing) {
        assertRejected(missing, FORMAT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"RSSMRA80A01H501", "RSSMRA80A01H501UU", "RSSMRA80A01H501U1"})
    void rejectsAWrongLength(String code) {
        assertRejected(code, FORMAT);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "R5SMRA80A01H501U", // digit in the surname
                "RSSMRA80101H501U", // digit for the month
                "RSSMRA80A011501U", // digit for the birthplace letter
                "RSSMRA80A01H501-", // check character not a letter
                "RSSMRA80A01H5019", // check character a digit
                "RSSMRÀ80A01H501U", // accented letter
                "RSS MRA80A01H501" // blank inside
            })
    void rejectsACharacterOfTheWrongKindInAnyPosition(String code) {
        assertRejected(code, FORMAT);
    }

    @ParameterizedTest
    @ValueSource(chars = {'F', 'G', 'I', 'J', 'K', 'N', 'O', 'Q', 'U', 'V', 'W', 'X', 'Y', 'Z'})
    void rejectsALetterThatIsNoMonth(char month) {
        assertRejected(withCheck("RSSMRA80" + month + "01H501"), DATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00", "32", "35", "40", "72", "99"})
    void rejectsADayOutsideTheRangesForMenAndWomen(String day) {
        assertRejected(withCheck("RSSMRA80A" + day + "H501"), DATE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "RSSMRA80B30H501", // 30 February
                "BNCGLI92B70F205", // 30 February, woman
                "RSSMRA80D31H501", // 31 April
                "RSSMRA81B29H501", // 29 February 1981, and 1881 was no leap year either
                "BNCGLI93B69F205" // 29 February 1993, woman
            })
    void rejectsADayTheMonthDoesNotHave(String first15) {
        assertRejected(withCheck(first15), DATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"RSSMRA80B29H501", "BNCGLI84B69F205", "RSSMRA00B29H501"})
    void acceptsTwentyNinthFebruaryOfALeapYear(String first15) {
        assertThat(FiscalCode.isValid(withCheck(first15))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(chars = {'A', 'B', 'C', 'M', 'T', 'V', 'Z'})
    void rejectsAWrongCheckCharacter(char wrong) {
        assertRejected("RSSMRA80A01H501" + wrong, CHECK);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "RSSMRA80A01H502U", // one digit mistyped
                "RSSMRA08A01H501U", // two digits swapped
                "SRSMRA80A01H501U" // two letters swapped
            })
    void catchesTheTypingMistakesTheCheckCharacterIsFor(String code) {
        assertRejected(code, CHECK);
    }

    @Test
    void leavesTheRejectedCodeOutOfTheMessageBecauseItIsPersonalData() {
        assertThatThrownBy(() -> FiscalCode.of("RSSMRA80A01H501V"))
                .isInstanceOf(InvalidFiscalCodeException.class)
                .message()
                .doesNotContain("RSSMRA");
    }

    @Test
    void checkCharacterCompletesFifteenCharactersIntoAValidCode() {
        char check = FiscalCode.checkCharacter("FRRLCU75S30L378");

        assertThat(check).isEqualTo('A');
        assertThat(FiscalCode.of("FRRLCU75S30L378" + check).value()).isEqualTo(LUCA_FERRARI);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"RSSMRA80A01H50", "RSSMRA80A01H501U", "rssmra80a01h501", "RSSMRA80A01H50-"})
    void checkCharacterRefusesAnythingButFifteenUpperCaseLettersOrDigits(String notFirst15) {
        assertThatIllegalArgumentException().isThrownBy(() -> FiscalCode.checkCharacter(notFirst15));
    }

    @Test
    void converterStoresTheCodeAsWrittenAndReadsItBack() {
        FiscalCode omocodic = FiscalCode.of(MARCO_RICCI_OMOCODIC);

        String column = converter.convertToDatabaseColumn(omocodic);

        assertThat(column).isEqualTo(MARCO_RICCI_OMOCODIC);
        assertThat(converter.convertToEntityAttribute(column)).isEqualTo(omocodic);
    }

    @Test
    void converterMapsNullToNullBothWays() {
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }

    private static void assertRejected(String text, String messageKey) {
        assertThat(FiscalCode.isValid(text)).isFalse();
        assertThat(FiscalCode.parse(text)).isEmpty();
        assertThatThrownBy(() -> FiscalCode.of(text))
                .isInstanceOfSatisfying(
                        InvalidFiscalCodeException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    private static String withCheck(String first15) {
        return first15 + FiscalCode.checkCharacter(first15);
    }

    /**
     * An omocodic variant as the Agenzia builds it: the {@code count} rightmost digits written as
     * their letters, and the check character computed again.
     */
    private static String replaceDigitsFromTheRight(String code, int count) {
        char[] chars = code.substring(0, 15).toCharArray();
        int[] digitIndexesRightToLeft = {14, 13, 12, 10, 9, 7, 6};
        for (int i = 0; i < count; i++) {
            int index = digitIndexesRightToLeft[i];
            chars[index] = "LMNPQRSTUV".charAt(chars[index] - '0');
        }
        return withCheck(new String(chars));
    }
}
