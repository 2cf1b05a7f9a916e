/** Kafka and MongoDB run inside the JVM, for tests and the local stack. */
package io.throughline.platform.embedded;
