package io.shipshape.demo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import io.shipshape.orders.PostalAddress;

/**
 * The demo shop's customers: mostly in the US, some in Germany, Britain and France, with made-up names, phone
 * numbers from fictional ranges (555-01xx) and emails at the reserved example domains.
 */
final class DemoCustomers {

    static final int US_COUNT = 66;

    /** A customer and the address they order to. */
    record Customer(String email, String name, String phone, PostalAddress address) {
    }

    private record City(String city, String region, String postalCode, String country, String dialPrefix) {
    }

    private static final long SEED = 7L;

    private static final String[] FIRST = {"Emma", "Liam", "Olivia", "Noah", "Ava", "Ethan", "Sophia", "Mason",
            "Isabella", "Lucas", "Mia", "Logan", "Harper", "Elijah", "Amelia", "James", "Evelyn", "Benjamin",
            "Abigail", "Henry", "Emily", "Jacob", "Ella", "Daniel", "Grace", "Samuel", "Chloe", "Owen", "Zoe",
            "Caleb", "Nora", "Wyatt", "Riley", "Julian", "Layla", "Aaron", "Maya", "Diego", "Priya", "Kenji"};
    private static final String[] LAST = {"Johnson", "Williams", "Brown", "Garcia", "Miller", "Davis", "Rodriguez",
            "Martinez", "Hernandez", "Lopez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
            "Lee", "Thompson", "White", "Harris", "Clark", "Lewis", "Walker", "Young", "Allen", "King", "Wright",
            "Scott", "Nguyen", "Hill", "Green", "Adams", "Baker", "Nelson", "Carter", "Patel", "Kim", "Chen", "Reyes"};
    private static final String[] STREETS = {"Maple Ave", "Oak St", "Pine St", "Cedar Ln", "Elm St", "Lakeview Dr",
            "Hillside Rd", "Sunset Blvd", "Park Ave", "River Rd", "Willow Way", "Highland Ave", "Main St",
            "Washington St", "Canyon Rd"};
    private static final City[] US_CITIES = {
            new City("New York", "NY", "10027", "US", "212"), new City("Brooklyn", "NY", "11215", "US", "718"),
            new City("Boston", "MA", "02116", "US", "617"), new City("Philadelphia", "PA", "19103", "US", "215"),
            new City("Burlington", "VT", "05401", "US", "802"), new City("Asheville", "NC", "28801", "US", "828"),
            new City("Atlanta", "GA", "30307", "US", "404"), new City("Chicago", "IL", "60614", "US", "312"),
            new City("Minneapolis", "MN", "55408", "US", "612"), new City("Denver", "CO", "80205", "US", "303"),
            new City("Boulder", "CO", "80302", "US", "303"), new City("Salt Lake City", "UT", "84102", "US", "801"),
            new City("Austin", "TX", "78704", "US", "512"), new City("Phoenix", "AZ", "85004", "US", "602"),
            new City("Seattle", "WA", "98103", "US", "206"), new City("Portland", "OR", "97209", "US", "503"),
            new City("Bend", "OR", "97701", "US", "541"), new City("San Francisco", "CA", "94110", "US", "415"),
            new City("Los Angeles", "CA", "90026", "US", "213"), new City("Reno", "NV", "89501", "US", "775")};
    private static final String[][] ABROAD = {
            {"Lukas Schneider", "Kastanienallee 12", "Berlin", "10435", "DE", "+49 30 5550 1"},
            {"Anna Weber", "Leopoldstraße 88", "München", "80802", "DE", "+49 89 5550 1"},
            {"Jonas Fischer", "Schanzenstraße 5", "Hamburg", "20357", "DE", "+49 40 5550 1"},
            {"Lea Becker", "Ehrenstraße 41", "Köln", "50672", "DE", "+49 221 5550 1"},
            {"Felix Wagner", "Königstraße 17", "Stuttgart", "70173", "DE", "+49 711 5550 1"},
            {"Oliver Hughes", "22 Camden High St", "London", "NW1 0JH", "GB", "+44 20 7946 01"},
            {"Charlotte Evans", "9 Deansgate", "Manchester", "M3 2BW", "GB", "+44 161 496 01"},
            {"Harry Robertson", "31 Leith Walk", "Edinburgh", "EH6 8LS", "GB", "+44 131 496 01"},
            {"Amelia Clarke", "4 Park St", "Bristol", "BS1 5HX", "GB", "+44 117 496 01"},
            {"Camille Martin", "18 rue Oberkampf", "Paris", "75011", "FR", "+33 1 99 00 1"},
            {"Louis Bernard", "7 rue Mercière", "Lyon", "69002", "FR", "+33 4 99 00 1"},
            {"Chloé Dubois", "25 cours Julien", "Marseille", "13006", "FR", "+33 4 99 01 1"},
            {"Hugo Lefèvre", "3 place du Capitole", "Toulouse", "31000", "FR", "+33 5 99 00 1"},
            {"Manon Laurent", "12 quai des Chartrons", "Bordeaux", "33000", "FR", "+33 5 99 01 1"}};

    private DemoCustomers() {
    }

    /** All demo customers, the same every time; earlier ones in the list order more often. */
    static List<Customer> all() {
        Random rnd = new Random(SEED);
        List<Customer> customers = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> emails = new HashSet<>();
        while (customers.size() < US_COUNT) {
            String first = FIRST[rnd.nextInt(FIRST.length)];
            String last = LAST[rnd.nextInt(LAST.length)];
            String name = first + " " + last;
            if (!names.add(name)) {
                continue;
            }
            String email = email(first, last, rnd);
            while (!emails.add(email)) {
                email = email(first, last, rnd);
            }
            City city = US_CITIES[rnd.nextInt(US_CITIES.length)];
            String phone = "+1 " + city.dialPrefix() + "-555-01" + two(rnd.nextInt(100));
            String line1 = (10 + rnd.nextInt(4980)) + " " + STREETS[rnd.nextInt(STREETS.length)];
            String line2 = rnd.nextInt(5) == 0 ? "Apt " + (1 + rnd.nextInt(20)) + (char) ('A' + rnd.nextInt(6)) : null;
            customers.add(new Customer(email, name, phone, new PostalAddress(name, line1, line2, city.city(),
                    city.region(), city.postalCode(), city.country(), phone)));
        }
        for (String[] a : ABROAD) {
            String[] parts = a[0].split(" ");
            String email = email(parts[0], parts[1], rnd);
            while (!emails.add(email)) {
                email = email(parts[0], parts[1], rnd);
            }
            String phone = a[5] + two(rnd.nextInt(100));
            customers.add(new Customer(email, a[0], phone, new PostalAddress(a[0], a[1], null, a[2], null, a[3], a[4],
                    phone)));
        }
        shuffleKeepingFirstUs(customers, rnd);
        return customers;
    }

    private static String email(String first, String last, Random rnd) {
        String local = switch (rnd.nextInt(4)) {
            case 0 -> first + "." + last;
            case 1 -> first.charAt(0) + last;
            case 2 -> first + last.charAt(0) + (rnd.nextInt(90) + 10);
            default -> first + "_" + last;
        };
        String ascii = Normalizer.normalize(local, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT) + (rnd.nextInt(3) == 0 ? "@example.org" : "@example.com");
    }

    /** Mixes the foreign customers in, but keeps the first (most frequent) buyers in the US. */
    private static void shuffleKeepingFirstUs(List<Customer> customers, Random rnd) {
        List<Customer> tail = new ArrayList<>(customers.subList(10, customers.size()));
        Collections.shuffle(tail, rnd);
        customers.subList(10, customers.size()).clear();
        customers.addAll(tail);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
