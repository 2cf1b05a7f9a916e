/** Who may read which client, coach and session (API.md, "Identity and access"), decided from the read models. */
package io.throughline.analytics.access;
