/** The client's page at {@code /}: the requested forms, the five questions, a draft saved while typing, submit. */
package io.throughline.prepform.page;
