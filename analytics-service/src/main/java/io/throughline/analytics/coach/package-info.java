/** A coach's patterns: how a coach contracts, re-contracts and closes sessions. */
package io.throughline.analytics.coach;
