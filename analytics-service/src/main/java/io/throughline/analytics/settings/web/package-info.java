/** {@code GET}, {@code PUT /analytics-settings} and {@code POST /analytics-settings/preview}. */
package io.throughline.analytics.settings.web;
