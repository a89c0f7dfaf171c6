package io.shipshape.integration;

import static io.shipshape.orders.OrderFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.shipshape.ApiClient;
import io.shipshape.orders.OrderFixtures;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** With shipshape.kafka.bootstrap-servers set, every stored event reaches Kafka as a CloudEvent keyed by order id. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class KafkaPublishingTest {

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("shipshape.kafka.bootstrap-servers", KafkaBroker::bootstrapServers);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyEventIsPublishedAsACloudEventKeyedByOrderId() throws Exception {
        OrderFixtures fx = new OrderFixtures(ApiClient.admin(mvc));
        String sku = fx.stockedProduct(fx.warehouse(1), 3);
        String first = JsonPath.read(fx.place(order("WEB").line(sku, 1)), "$.id");
        String second = JsonPath.read(fx.place(order("WEB").line(sku, 2)), "$.id"); // the last units: out of stock

        List<ConsumerRecord<String, String>> records = KafkaBroker.readUntil(rs -> keys(rs).containsAll(
                List.of(first, second, sku)), Duration.ofSeconds(60));

        ConsumerRecord<String, String> created = records.stream().filter(r -> r.key().equals(first)).findFirst()
                .orElseThrow();
        String event = created.value();
        assertThat(created.topic()).isEqualTo("shipshape.events");
        assertThat((String) JsonPath.read(event, "$.specversion")).isEqualTo("1.0");
        assertThat((String) JsonPath.read(event, "$.id")).isEqualTo(eventId(first));
        assertThat((String) JsonPath.read(event, "$.source")).isEqualTo("/shipshape");
        assertThat((String) JsonPath.read(event, "$.type")).isEqualTo("order.created");
        assertThat((String) JsonPath.read(event, "$.subject")).isEqualTo(first);
        assertThat((String) JsonPath.read(event, "$.datacontenttype")).isEqualTo("application/json");
        assertThat(Instant.parse(JsonPath.read(event, "$.time"))).isBeforeOrEqualTo(Instant.now());
        assertThat((String) JsonPath.read(event, "$.data.orderId")).isEqualTo(first);
        assertThat((String) JsonPath.read(event, "$.data.lines[0].sku")).isEqualTo(sku);

        ConsumerRecord<String, String> outOfStock = records.stream().filter(r -> r.key().equals(sku)).findFirst()
                .orElseThrow();
        assertThat((String) JsonPath.read(outOfStock.value(), "$.type")).isEqualTo("inventory.out_of_stock");
        // One order's events share a key, so they land in one partition, in order.
        assertThat(records.stream().filter(r -> r.key().equals(second)).map(ConsumerRecord::partition).distinct())
                .hasSize(1);
    }

    static List<String> keys(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(ConsumerRecord::key).toList();
    }

    String eventId(String orderId) {
        return jdbc.sql("select id from integration_event where order_id = :id and type = 'order.created'")
                .param("id", UUID.fromString(orderId)).query(UUID.class).single().toString();
    }
}
