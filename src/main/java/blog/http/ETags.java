package blog.http;

import blog.problem.ApiException;
import blog.problem.ProblemType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/** Strong entity tags: a digest of the JSON representation, so equal bodies have equal tags. */
@ApplicationScoped
public class ETags {

    private final ObjectMapper objectMapper;

    ETags(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public byte[] serialize(Object representation) {
        if (representation instanceof JsonBody json) {
            return json.bytes();
        }
        try {
            return objectMapper.writeValueAsBytes(representation);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A representation could not be serialised", e);
        }
    }

    public String of(Object representation) {
        return ofBytes(serialize(representation));
    }

    public static String ofBytes(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18)) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** If-Match (RFC 9110 §13.1.1): a 412 unless absent, "*", or one of its tags equals the current one. */
    public void checkIfMatch(String ifMatch, Object current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        String etag = of(current);
        if (!ifMatch.strip().equals("*") && !listContains(ifMatch, etag, false)) {
            throw new ApiException(ProblemType.PRECONDITION_FAILED,
                    "The resource has changed since the ETag in If-Match; GET it again and retry.");
        }
    }

    /** If-None-Match uses the weak comparison: W/"x" matches "x". */
    public static boolean noneMatchHits(String ifNoneMatch, String etag) {
        return ifNoneMatch != null && (ifNoneMatch.strip().equals("*") || listContains(ifNoneMatch, etag, true));
    }

    private static boolean listContains(String header, String etag, boolean weak) {
        for (String candidate : header.split(",")) {
            String tag = candidate.strip();
            if (weak && tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
