/** HTTP for the organisation overview. */
package io.throughline.analytics.overview.web;
