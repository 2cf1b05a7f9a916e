/** Kafka and MongoDB for integration tests: containers when Docker answers, embedded otherwise. */
package io.throughline.platform.testing;
