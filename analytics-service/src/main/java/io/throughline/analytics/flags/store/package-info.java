/** Where acknowledgements and feedback of attention flags are kept: {@code attention_acknowledgements}, {@code attention_feedback}. */
package io.throughline.analytics.flags.store;
