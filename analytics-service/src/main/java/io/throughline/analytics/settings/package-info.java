/** An organisation's analytics settings: analytics-service's own data, not derived from events, kept by a rebuild. */
package io.throughline.analytics.settings;
