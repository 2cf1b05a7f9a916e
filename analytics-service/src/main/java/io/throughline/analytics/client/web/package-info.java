/** HTTP for per-client patterns. */
package io.throughline.analytics.client.web;
