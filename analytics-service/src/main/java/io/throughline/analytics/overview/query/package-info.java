/** The organisation overview: every client's and coach's headline figures, and the organisation-wide rates. */
package io.throughline.analytics.overview.query;
