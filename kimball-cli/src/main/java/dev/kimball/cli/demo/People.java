package dev.kimball.cli.demo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;

/** Names of customers, managers and salespeople, including the accents and apostrophes real data has. */
final class People {
    private static final String[] FIRST = {"James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda",
        "David", "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah",
        "Christopher", "Karen", "Daniel", "Nancy", "Matthew", "Lisa", "Anthony", "Betty", "Mark", "Sandra", "Zoë",
        "José", "André", "Chloé", "Mateo", "Sofía", "Liam", "Olivia", "Noah", "Emma", "Wei", "Priya", "Aisha",
        "Mohammed", "Yuki", "Siobhan", "Björn", "François", "Renée", "Łukasz"};
    private static final String[] LAST = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
        "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore",
        "Jackson", "Martin", "Lee", "O'Brien", "Nguyễn", "Müller", "Kowalski", "D'Angelo", "Van der Berg", "Patel",
        "Kim", "Chen", "Sullivan", "Murphy", "St. John", "García-López", "Thompson", "White", "Harris", "Clark"};
    private static final String[] MAIL_DOMAINS = {"gmail.com", "yahoo.com", "outlook.com", "comcast.net", "aol.com",
        "icloud.com", "hotmail.com", "verizon.net"};

    private People() {
    }

    static String firstName(Random r) {
        return FIRST[r.nextInt(FIRST.length)];
    }

    static String lastName(Random r) {
        return LAST[r.nextInt(LAST.length)];
    }

    /** Names that the Windows-1252 export of daily sales can encode (no Ł, no ễ). */
    static String westernFirstName(Random r) {
        String name;
        do {
            name = firstName(r);
        } while (!fitsLatin1(name));
        return name;
    }

    /** Mostly {@code first.last@domain}; some upper case, some with stray spaces, some missing. */
    static String email(Random r, String first, String last, int serial) {
        String local = ascii(first) + (r.nextBoolean() ? "." : "") + ascii(last) + (r.nextInt(3) == 0 ? serial % 100 : "");
        String email = local + "@" + MAIL_DOMAINS[r.nextInt(MAIL_DOMAINS.length)];
        int kind = r.nextInt(100);
        if (kind < 5) {
            return "";
        } else if (kind < 8) {
            return email.toUpperCase(Locale.ROOT);
        } else if (kind < 10) {
            return " " + email + " ";
        }
        return email;
    }

    private static String ascii(String name) {
        String decomposed = Normalizer.normalize(name.replace("Ł", "L").replace("ł", "l"), Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    private static boolean fitsLatin1(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }
}
