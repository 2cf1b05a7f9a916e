/** The REST API of API.md's session part: thin controllers, request records with Bean Validation, problem answers. */
package io.throughline.session.web;
