/** Per-client patterns, read from the client's rollup and one page of its session list. */
package io.throughline.analytics.client.query;
