/**
 * Who needs attention over REST: the attention rules of every client and coach of an organisation, read from their
 * session documents, with the acknowledgements and feedback people gave, which are this service's own data.
 */
package io.throughline.analytics.flags;
