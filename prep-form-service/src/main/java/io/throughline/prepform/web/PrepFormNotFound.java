package io.throughline.prepform.web;

/** No form with this id in this organisation (404). */
class PrepFormNotFound extends RuntimeException {

    PrepFormNotFound(String orgId, String prepFormId) {
        super("Organisation " + orgId + " has no prep form " + prepFormId);
    }
}
