/** {@code GET /attention}, {@code GET /attention/{subjectType}/{subjectId}}, acknowledgement and feedback. */
package io.throughline.analytics.flags.web;
