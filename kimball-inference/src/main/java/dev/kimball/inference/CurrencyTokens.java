package dev.kimball.inference;

/** Currency symbols and ISO codes recognized before or after a number. Longer tokens are tried first. */
final class CurrencyTokens {
    static final String[] TOKENS = {
        "US$", "R$", "A$", "C$", "$", "€", "£", "¥", "₹", "₩", "₽", "₺", "₪", "₫", "฿", "₴", "₦", "₱", "¢",
        "USD", "EUR", "GBP", "JPY", "CNY", "CHF", "CAD", "AUD", "NZD", "INR", "BRL", "MXN", "SEK", "NOK", "DKK",
        "PLN", "CZK", "HUF", "RUB", "ZAR", "KRW", "SGD", "HKD", "TRY", "ILS", "AED", "SAR", "THB"
    };

    private CurrencyTokens() {
    }

    /** The token at {@code i} (before {@code end}) as {@code index + 1 << 8 | length}, or 0. */
    static int match(String v, int i, int end) {
        char c = v.charAt(i);
        if (c < 128 && c != '$' && !(c >= 'A' && c <= 'Z')) {
            return 0;
        }
        for (int t = 0; t < TOKENS.length; t++) {
            String tok = TOKENS[t];
            int len = tok.length();
            if (tok.charAt(0) == c && i + len <= end && v.startsWith(tok, i)) {
                // an ISO code glued to more letters is a word, not a currency
                if (Scan.isAsciiLetter(tok.charAt(len - 1)) && i + len < end && Scan.isAsciiLetter(v.charAt(i + len))) {
                    continue;
                }
                return (t + 1) << 8 | len;
            }
        }
        return 0;
    }
}
