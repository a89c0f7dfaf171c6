package io.shipshape.web.problems;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import io.shipshape.shared.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/** Builds problem details of a {@link ProblemType}, and writes them from filters outside Spring MVC. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {
    }

    public static ProblemDetail of(ProblemType type, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                org.springframework.http.HttpStatusCode.valueOf(type.status()), detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        if (request != null) {
            problem.setInstance(URI.create(request.getRequestURI()));
        }
        return problem;
    }

    /** Writes a problem directly to the servlet response (for filters and security handlers). */
    public static void write(HttpServletResponse response, HttpServletRequest request, ProblemType type,
                             String detail, Map<String, Object> extra) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.uri().toString());
        body.put("title", type.title());
        body.put("status", type.status());
        body.put("detail", detail);
        body.put("instance", request.getRequestURI());
        body.putAll(extra);
        response.setStatus(type.status());
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(JSON.writeValueAsBytes(body));
    }
}
