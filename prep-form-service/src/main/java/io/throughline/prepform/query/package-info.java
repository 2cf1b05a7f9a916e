/** The prep form as clients read it: the view of API.md, folded from the form's events. */
package io.throughline.prepform.query;
