package com.code2asin.images.client;

/** S3 did not do what was asked; the request is failed as a whole (it is not a problem of one image URL). */
public class ObjectStoreException extends RuntimeException {

    public ObjectStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
