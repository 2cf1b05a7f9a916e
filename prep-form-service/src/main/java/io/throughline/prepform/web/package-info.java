/** The prep-form REST API of API.md: thin controllers, request records with Bean Validation, and the errors of the form's rules. */
package io.throughline.prepform.web;
