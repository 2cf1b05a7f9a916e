/** Who needs attention: the nine rules of METRICS.md, raised and cleared after each session in business order. */
package io.throughline.analytics.attention;
