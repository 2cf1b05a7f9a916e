/** HTTP for per-coach patterns. */
package io.throughline.analytics.coach.web;
