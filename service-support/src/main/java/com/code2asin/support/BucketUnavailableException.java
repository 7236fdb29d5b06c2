package com.code2asin.support;

/** S3 did not answer, or refused, when the bucket was to be made sure of; the cause is what S3 or the client said. */
public class BucketUnavailableException extends RuntimeException {

    BucketUnavailableException(String bucket, Throwable cause) {
        super("cannot reach or create bucket " + bucket + ": " + cause, cause);
    }
}
