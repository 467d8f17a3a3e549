package it.lombardia.codesign.opendata;

import org.springframework.http.HttpStatus;

/** A refusal the API answers with an {@link ApiError} body. */
class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String error;

    ApiException(HttpStatus status, String error, String message) {
        super(message);
        this.status = status;
        this.error = error;
    }

    static ApiException notFound(String what) {
        return new ApiException(HttpStatus.NOT_FOUND, "not-found", what + " not found");
    }

    static ApiException signInRequired() {
        return new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized",
                "Sign in to the app in this browser, or send the username and password of your account with HTTP Basic");
    }

    ApiError body() {
        return new ApiError(status.value(), error, getMessage());
    }

    HttpStatus status() {
        return status;
    }
}
