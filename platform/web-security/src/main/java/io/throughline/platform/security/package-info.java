/** Who is calling and what they may do: token to {@link io.throughline.platform.security.Caller}, the organisation check and the role table. */
package io.throughline.platform.security;
