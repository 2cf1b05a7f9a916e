/** Reads a subject's session documents and answers its trends and the sessions behind a point. */
package io.throughline.analytics.history.query;
