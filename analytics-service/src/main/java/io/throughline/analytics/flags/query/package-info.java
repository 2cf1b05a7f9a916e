/** The attention rules of one person or of the whole organisation, from the organisation's session documents. */
package io.throughline.analytics.flags.query;
