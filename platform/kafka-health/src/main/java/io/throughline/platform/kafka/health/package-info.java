/** Whether the Kafka cluster answers, as an actuator health contributor named {@code kafka}. */
package io.throughline.platform.kafka.health;
