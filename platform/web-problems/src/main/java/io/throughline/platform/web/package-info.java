/** RFC 9457 problem+json answers for every way a client request can be wrong, shared by the services. */
package io.throughline.platform.web;
