/** The coaching session as clients read it, folded from the session's events. */
package io.throughline.session.query;
