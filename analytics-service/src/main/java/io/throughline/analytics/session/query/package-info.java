/** A session's timeline, folded on read from its stored facts. */
package io.throughline.analytics.session.query;
