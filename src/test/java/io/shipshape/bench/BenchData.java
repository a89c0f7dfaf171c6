package io.shipshape.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Names and shapes of the benchmark's data: SKUs ({@code <prefix><n>}, plus {@code <prefix>HOT} and
 * {@code <prefix>FLASH}), locations ({@code <prefix>L1}, {@code L2}, ...), 10,000 customers with the name mix of
 * bench/seed-orders.sql, and the capture request body. The prefix is {@code BENCH-} on a fresh database, so the
 * SKUs match those of seed-orders.sql; against a running server it carries the run tag, so runs do not collide.
 */
final class BenchData {

    static final int CUSTOMERS = 10_000;
    static final int PRICE = 1999;

    private static final String[] FIRST = {"Ann", "Ben", "Cara", "Dev", "Eli", "Fay", "Gus", "Hana", "Ivan", "Jo",
            "Kai", "Lena", "Mo", "Nia", "Omar", "Pia", "Quinn", "Rosa", "Sam", "Tess", "Uma", "Vic", "Wes", "Xia",
            "Yuri", "Zoe"};
    private static final String[] LAST = {"Lee", "Park", "Smith", "Garcia", "Müller", "Rossi", "Khan", "Novak",
            "Silva", "Dubois", "Jensen", "Okafor", "Tanaka", "Cohen", "Moreau", "Berg", "Walsh", "Ivanova", "Costa",
            "Nguyen"};

    record Line(String sku, int quantity) {
    }

    private final String prefix;
    private final int skus;
    private final int locations;

    BenchData(String prefix, int skus, int locations) {
        this.prefix = prefix;
        this.skus = skus;
        this.locations = locations;
    }

    String prefix() {
        return prefix;
    }

    int skus() {
        return skus;
    }

    int locations() {
        return locations;
    }

    String sku(int i) {
        return prefix + i;
    }

    String hotSku() {
        return prefix + "HOT";
    }

    String flashSku() {
        return prefix + "FLASH";
    }

    /** Location {@code n}, 1-based; priority {@code n}, so L1 is preferred. */
    String location(int n) {
        return prefix + "L" + n;
    }

    static String email(int customer) {
        return "buyer" + customer + "@example.com";
    }

    static String name(int customer) {
        return FIRST[customer % 26] + " " + LAST[(customer / 26) % 20];
    }

    /**
     * 1 to 5 lines: {@code fixedSku} (quantity 1) first when given, the others distinct random SKUs of the
     * catalog, quantity 1 to 3.
     */
    List<Line> lines(Random random, String fixedSku) {
        int count = 1 + random.nextInt(5);
        List<Line> lines = new ArrayList<>(count);
        if (fixedSku != null) {
            lines.add(new Line(fixedSku, 1));
        }
        while (lines.size() < Math.min(count, skus + (fixedSku == null ? 0 : 1))) {
            String sku = sku(random.nextInt(skus));
            if (lines.stream().noneMatch(l -> l.sku().equals(sku))) {
                lines.add(new Line(sku, 1 + random.nextInt(3)));
            }
        }
        return lines;
    }

    /** A web order as a shop would send it: external id, customer, address, lines, shipping and payment. */
    static String orderJson(String externalId, int customer, List<Line> lines) {
        StringBuilder json = new StringBuilder(512).append("{\"channel\":\"WEB\",\"externalId\":\"").append(externalId)
                .append("\",\"customer\":{\"email\":\"").append(email(customer)).append("\",\"name\":\"")
                .append(name(customer)).append("\"},\"shippingAddress\":{\"name\":\"").append(name(customer))
                .append("\",\"line1\":\"1 Main St\",\"city\":\"Boston\",\"postalCode\":\"02101\",\"country\":\"US\"},")
                .append("\"lines\":[");
        for (int i = 0; i < lines.size(); i++) {
            json.append(i == 0 ? "" : ",").append("{\"sku\":\"").append(lines.get(i).sku())
                    .append("\",\"quantity\":").append(lines.get(i).quantity()).append('}');
        }
        return json.append("],\"shippingMethod\":{\"code\":\"standard\",\"price\":{\"amount\":595,\"currency\":")
                .append("\"USD\"}},\"payment\":{\"method\":\"test_card\",\"token\":\"tok_ok\"}}").toString();
    }
}
