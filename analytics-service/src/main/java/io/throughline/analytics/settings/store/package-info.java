/** Where the analytics settings are kept: {@code analytics_settings}, one document per organisation. */
package io.throughline.analytics.settings.store;
