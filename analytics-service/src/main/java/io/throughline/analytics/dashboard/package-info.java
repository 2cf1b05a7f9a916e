/** The supervisor dashboard at {@code /}: a page that reads this service's own API and asks again every few seconds. */
package io.throughline.analytics.dashboard;
