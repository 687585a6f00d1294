package blog.auth;

import blog.common.BlogConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/** Checks bearer tokens against the configured ones, in constant time. */
@ApplicationScoped
public class TokenVerifier {

    private final List<byte[]> tokenDigests;

    TokenVerifier(BlogConfig config) {
        this.tokenDigests = config.auth().tokens().stream()
                .map(String::strip)
                .filter(token -> !token.isEmpty())
                .map(TokenVerifier::sha256)
                .toList();
    }

    public boolean isValid(String token) {
        byte[] presented = sha256(token);
        boolean valid = false;
        for (byte[] digest : tokenDigests) {
            valid |= MessageDigest.isEqual(digest, presented);
        }
        return valid;
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
