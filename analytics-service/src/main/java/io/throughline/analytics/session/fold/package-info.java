/** The per-session building block: the facts a session's events establish, and the figures folded from them. */
package io.throughline.analytics.session.fold;
