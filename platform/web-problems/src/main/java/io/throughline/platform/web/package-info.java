/**
 * RFC 9457 problem+json answers for every way a client request can be wrong, and a broken rule of the domain, shared
 * by the services; with the Bean Validation constraints of API.md's conventions ({@code ResourceId}, {@code FreeText}).
 */
package io.throughline.platform.web;
