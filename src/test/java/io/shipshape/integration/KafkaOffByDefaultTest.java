package io.shipshape.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.shipshape.ShipshapeTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;

/** application.yml lists shipshape.kafka.bootstrap-servers empty: that is "off", with no producer at all. */
@ShipshapeTest
class KafkaOffByDefaultTest {

    @Autowired
    ObjectProvider<KafkaPublisher> publisher;
    @Autowired
    ObjectProvider<DefaultKafkaProducerFactory<String, String>> producers;

    @Test
    void anEmptyBootstrapServersSettingBuildsNoProducer() {
        assertThat(publisher.getIfAvailable()).isNull();
        assertThat(producers.getIfAvailable()).isNull();
    }
}
