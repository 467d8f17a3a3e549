package it.lombardia.codesign.opendata;

import it.lombardia.codesign.shared.NotPermittedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors of the API as JSON bodies, answered here rather than by the app's error page, which is for
 * people in the browser (and asks them to sign in).
 */
@RestControllerAdvice(assignableTypes = {EditionsApi.class, RoundsApi.class})
class ApiErrors {

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ApiError> refused(ApiException e) {
        return json(e.status(), e.body());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> malformed(MethodArgumentTypeMismatchException e) {
        return json(HttpStatus.BAD_REQUEST, new ApiError(400, "bad-request", e.getName() + " is malformed"));
    }

    @ExceptionHandler(NotPermittedException.class)
    ResponseEntity<ApiError> notPermitted(NotPermittedException e) {
        return json(HttpStatus.FORBIDDEN, new ApiError(403, "forbidden", "Not permitted"));
    }

    @ExceptionHandler(org.springframework.security.authorization.AuthorizationDeniedException.class)
    ResponseEntity<ApiError> denied(org.springframework.security.authorization.AuthorizationDeniedException e) {
        ApiException unauthorized = ApiException.signInRequired();
        return json(unauthorized.status(), unauthorized.body());
    }

    private static ResponseEntity<ApiError> json(HttpStatus status, ApiError body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
