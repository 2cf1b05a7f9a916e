/** The local OpenID Connect issuer: Spring Authorization Server with Throughline's identities and claims. */
package io.throughline.issuer;
