package dev.kimball.cli.demo;

import java.util.Random;

/**
 * Vehicle identification numbers that pass the North-American check digit (position 9), so they look and validate
 * like real ones. Uniqueness comes from the serial number the caller passes.
 */
final class Vin {
    private static final String ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"; // VINs never use I, O, Q
    private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
    private static final String YEAR_CODES = "ABCDEFGHJKLMNPRSTVWXY123456789"; // 2010 = A, cycle of 30

    private Vin() {
    }

    /**
     * @param wmi    the three-character world manufacturer identifier, e.g. {@code 1HG}
     * @param year   the model year, 2010..2039
     * @param serial the production sequence number, 0..999999
     */
    static String of(String wmi, int year, int serial, Random r) {
        char[] vin = new char[17];
        wmi.getChars(0, 3, vin, 0);
        for (int i = 3; i < 8; i++) {
            vin[i] = ALPHABET.charAt(r.nextInt(ALPHABET.length()));
        }
        vin[9] = YEAR_CODES.charAt((year - 2010) % YEAR_CODES.length());
        vin[10] = ALPHABET.charAt(r.nextInt(23)); // plant code: a letter
        MessyFormats.padded(serial, 6).getChars(0, 6, vin, 11);
        vin[8] = checkDigit(vin);
        return new String(vin);
    }

    static char checkDigit(char[] vin) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            if (i != 8) {
                sum += value(vin[i]) * WEIGHTS[i];
            }
        }
        int check = sum % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    private static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        // the standard transliteration table: A-H = 1-8, J-R = 1-9 (no O, Q), S-Z = 2-9
        if (c <= 'H') {
            return c - 'A' + 1;
        }
        if (c <= 'R') {
            return c - 'J' + 1; // the skipped O and Q make P = 7 and R = 9 fall out of the arithmetic
        }
        return c - 'S' + 2;
    }
}
