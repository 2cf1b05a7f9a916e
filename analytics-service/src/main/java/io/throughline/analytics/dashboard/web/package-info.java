/** Serves the dashboard's page; its scripts and styles are static resources under {@code /dashboard/}, Chart.js under {@code /webjars/}. */
package io.throughline.analytics.dashboard.web;
