package com.code2asin.images.domain;

/** One image URL could not be stored; the message says why, in words an operator can act on. */
public class ImageRejectedException extends Exception {

    public ImageRejectedException(String message) {
        super(message);
    }
}
