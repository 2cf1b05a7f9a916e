/** {@code GET}, {@code PUT /analytics-settings}. */
package io.throughline.analytics.settings.web;
