package io.shipshape.web.problems;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.shipshape.shared.DomainException;
import io.shipshape.shared.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The one place where exceptions become RFC 9457 problems. Domain exceptions carry their
 * {@link ProblemType}; framework exceptions about bad input are mapped to a stable 4xx type here, so no
 * request from a client ends in a 5xx. Anything else is a bug: logged with an id, answered 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10) // after the back office's handler, which shows problems as pages
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Object> domain(DomainException e, NativeWebRequest request) {
        ProblemDetail problem = problem(e.type(), e.getMessage(), request);
        e.properties().forEach(problem::setProperty);
        return respond(problem);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException e, NativeWebRequest request) {
        List<Map<String, String>> errors = e.getConstraintViolations().stream()
                .map(v -> Map.of("field", lastNode(v.getPropertyPath().toString()), "message", v.getMessage()))
                .toList();
        ProblemDetail problem = problem(ProblemType.VALIDATION_FAILED, "The request is not valid", request);
        problem.setProperty("errors", errors);
        return respond(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e, NativeWebRequest request) {
        ProblemDetail problem = problem(ProblemType.INVALID_PARAMETER,
                "Parameter '" + e.getName() + "' has an invalid value", request);
        problem.setProperty("parameter", e.getName());
        return respond(problem);
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<Object> missingHeader(MissingRequestHeaderException e, NativeWebRequest request) {
        ProblemDetail problem = problem(ProblemType.INVALID_PARAMETER,
                "Header '" + e.getHeaderName() + "' is required", request);
        return respond(problem);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> accessDenied(AccessDeniedException e, NativeWebRequest request) {
        return respond(problem(ProblemType.FORBIDDEN, "This API key may not do this", request));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> integrity(DataIntegrityViolationException e, NativeWebRequest request) {
        // A constraint the domain did not check first, usually a race between two writers. Nothing was
        // committed; the client may retry.
        log.warn("Data integrity violation answered as 409: {}", e.getMostSpecificCause().getMessage());
        return respond(problem(ProblemType.CONFLICT,
                "The request conflicts with the current state; nothing was changed. Retry it.", request));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, NativeWebRequest request) {
        String id = UUID.randomUUID().toString();
        log.error("Unhandled error {} on {}", id, path(request), e);
        ProblemDetail problem = problem(ProblemType.INTERNAL_ERROR, "Internal error " + id, request);
        problem.setProperty("errorId", id);
        return respond(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError fe : e.getBindingResult().getFieldErrors()) {
            errors.add(Map.of("field", fe.getField(), "message", String.valueOf(fe.getDefaultMessage())));
        }
        e.getBindingResult().getGlobalErrors().forEach(ge ->
                errors.add(Map.of("field", ge.getObjectName(), "message", String.valueOf(ge.getDefaultMessage()))));
        ProblemDetail problem = problem(ProblemType.VALIDATION_FAILED,
                "The request is not valid: " + errors.size() + " error(s)", request);
        problem.setProperty("errors", errors);
        return respond(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(err ->
                errors.add(Map.of("field", r.getMethodParameter().getParameterName() == null ? "parameter"
                        : r.getMethodParameter().getParameterName(), "message", String.valueOf(err.getDefaultMessage())))));
        ProblemDetail problem = problem(ProblemType.VALIDATION_FAILED, "The request is not valid", request);
        problem.setProperty("errors", errors);
        return respond(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = JsonPaths.of(unknown);
            ProblemDetail problem = problem(ProblemType.UNKNOWN_FIELD,
                    "Field '" + field + "' is not accepted here", request);
            problem.setProperty("field", field);
            return respond(problem);
        }
        if (cause instanceof StreamReadException) {
            return respond(problem(ProblemType.MALFORMED_REQUEST, "The body is not valid JSON", request));
        }
        if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            String field = JsonPaths.of(jackson);
            ProblemDetail problem = problem(ProblemType.MALFORMED_REQUEST,
                    "Field '" + field + "' has a value of the wrong type or format", request);
            problem.setProperty("field", field);
            return respond(problem);
        }
        return respond(problem(ProblemType.MALFORMED_REQUEST,
                "The body is missing or is not a valid JSON document of the expected shape", request));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return respond(problem(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "Content-Type " + e.getContentType() + " is not supported; send application/json", request));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return respond(problem(ProblemType.NOT_ACCEPTABLE, "None of the accepted media types can be produced",
                request));
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return respond(problem(ProblemType.METHOD_NOT_ALLOWED,
                "Method " + e.getMethod() + " is not allowed here", request));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return respond(problem(ProblemType.NOT_FOUND, "No resource at " + path(request), request));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(ProblemType.INVALID_PARAMETER,
                "Parameter '" + e.getParameterName() + "' is required", request);
        problem.setProperty("parameter", e.getParameterName());
        return respond(problem);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        // Every other framework exception: keep its 4xx status, give it a stable type.
        ProblemType type = status.value() == 404 ? ProblemType.NOT_FOUND
                : status.is4xxClientError() ? ProblemType.MALFORMED_REQUEST : ProblemType.INTERNAL_ERROR;
        if (type == ProblemType.INTERNAL_ERROR) {
            log.error("Framework error on {}", path(request), e);
        }
        ProblemDetail problem = problem(type, e.getMessage(), request);
        problem.setStatus(status.value());
        return respond(problem);
    }

    private static ProblemDetail problem(ProblemType type, String detail, WebRequest request) {
        HttpServletRequest servletRequest = request instanceof NativeWebRequest n
                ? n.getNativeRequest(HttpServletRequest.class) : null;
        return Problems.of(type, detail, servletRequest);
    }

    private static ResponseEntity<Object> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static String path(WebRequest request) {
        return request instanceof NativeWebRequest n && n.getNativeRequest() instanceof HttpServletRequest r
                ? r.getRequestURI() : request.getDescription(false);
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.indexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }
}
