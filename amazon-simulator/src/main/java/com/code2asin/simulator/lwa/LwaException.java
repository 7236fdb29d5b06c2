package com.code2asin.simulator.lwa;

/** A refused token request: the HTTP status and the OAuth error LWA answers with. */
public class LwaException extends RuntimeException {

    private final int status;
    private final String error;

    public LwaException(int status, String error, String description) {
        super(description);
        this.status = status;
        this.error = error;
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }
}
