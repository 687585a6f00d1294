package blog.auth;

import blog.config.BlogConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
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

    TokenSecrets(BlogConfig config) {
        this.key = new SecretKeySpec(config.auth().tokenHashKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String newSecret() {
        StringBuilder secret = new StringBuilder(PREFIX);
        for (int i = 0; i < RANDOM_CHARACTERS; i++) {
            secret.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return secret.toString();
    }

    public byte[] hash(String secret) {
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
