package blog.auth;

import blog.config.BlogConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Makes token secrets ("blog_" and 43 base62 characters, 256 random bits) and their keyed
 * hashes. A fast HMAC is enough for secrets this random; the key keeps a leaked table useless.
 */
@ApplicationScoped
public class TokenSecrets {

    public static final String PREFIX = "blog_";
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final int RANDOM_CHARACTERS = 43;
    private static final int HINT_LENGTH = PREFIX.length() + 4;

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;
    private final Optional<SecretKeySpec> previousKey;

    TokenSecrets(BlogConfig config) {
        this.key = hmacKey(config.auth().tokenHashKey());
        this.previousKey = config.auth().previousTokenHashKey().map(TokenSecrets::hmacKey);
    }

    private static SecretKeySpec hmacKey(String key) {
        return new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String newSecret() {
        StringBuilder secret = new StringBuilder(PREFIX);
        for (int i = 0; i < RANDOM_CHARACTERS; i++) {
            secret.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return secret.toString();
    }

    public byte[] hash(String secret) {
        return hash(secret, key);
    }

    /** The secret's hash under the key before the last rotation, if there is one. */
    Optional<byte[]> previousHash(String secret) {
        return previousKey.map(previous -> hash(secret, previous));
    }

    private static byte[] hash(String secret, SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(secret.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** The first characters of a secret, enough for a person to tell tokens apart. */
    public static String hint(String secret) {
        return secret.substring(0, HINT_LENGTH) + "…";
    }

    public static boolean looksLikeToken(String secret) {
        return secret.startsWith(PREFIX) && secret.length() == PREFIX.length() + RANDOM_CHARACTERS;
    }
}
