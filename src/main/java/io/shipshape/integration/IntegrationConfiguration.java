package io.shipshape.integration;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Settings, and the Kafka producer — built only when {@code shipshape.kafka.bootstrap-servers} is set, from that
 * property alone. Spring Boot's own Kafka auto-configuration is excluded in application.yml, so nothing connects
 * to a broker (or to localhost:9092) when the property is unset.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({IntegrationProperties.class, IntegrationProperties.Webhooks.class,
        IntegrationProperties.Kafka.class})
class IntegrationConfiguration {

    /**
     * Set and not blank. (A bare {@code @ConditionalOnProperty} matched the empty value that application.yml lists
     * for documentation, so every server without Kafka built a producer for "" and retried it four times a second.)
     */
    static final String KAFKA_CONFIGURED = "!'${shipshape.kafka.bootstrap-servers:}'.isBlank()";

    @Bean(destroyMethod = "destroy")
    @ConditionalOnExpression(KAFKA_CONFIGURED)
    DefaultKafkaProducerFactory<String, String> shipshapeKafkaProducerFactory(IntegrationProperties.Kafka kafka) {
        int timeoutMs = (int) kafka.sendTimeout().toMillis();
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeoutMs);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeoutMs + 5);
        DefaultKafkaProducerFactory<String, String> factory = new DefaultKafkaProducerFactory<>(config);
        factory.setPhysicalCloseTimeout(1);
        return factory;
    }

    @Bean
    @ConditionalOnExpression(KAFKA_CONFIGURED)
    KafkaPublisher kafkaPublisher(EventStore events, DefaultKafkaProducerFactory<String, String> factory,
                                  TransactionTemplate tx, IntegrationProperties.Kafka kafka,
                                  IntegrationProperties properties) {
        return new KafkaPublisher(events, new KafkaTemplate<>(factory), tx, kafka, properties.batchSize());
    }
}
