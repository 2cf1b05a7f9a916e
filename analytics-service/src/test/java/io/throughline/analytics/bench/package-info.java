/** The projection benchmark (run by {@code analytics-service/bench/run.sh}, not by the build). */
package io.throughline.analytics.bench;
