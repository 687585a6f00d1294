package blog.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** After a rotation of the token hash key, tokens minted before it keep working and are hashed again with the new key. */
@QuarkusTest
@TestProfile(TokenHashKeyRotationTest.Rotated.class)
class TokenHashKeyRotationTest {

    static final String OLD_KEY = "the-key-before-rotation";
    static final String NEW_KEY = "the-key-after-rotation";

    public static class Rotated implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("blog.auth.token-hash-key", NEW_KEY, "blog.auth.previous-token-hash-key", OLD_KEY);
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldAcceptATokenHashedWithThePreviousKeyAndHashItAgain() throws Exception {
        String secret = "blog_" + "R".repeat(43);
        UUID id = store(secret, hmac(OLD_KEY, secret));
        given().header("Authorization", "Bearer " + secret).get("/api/v1/tokens").then().statusCode(200);
        assertThat(storedHash(id)).isEqualTo(hmac(NEW_KEY, secret));
        given().header("Authorization", "Bearer " + secret).get("/api/v1/tokens").then().statusCode(200);
    }

    @Test
    void shouldRefuseATokenHashedWithAnyOtherKey() throws Exception {
        String secret = "blog_" + "S".repeat(43);
        store(secret, hmac("some-other-key", secret));
        given().header("Authorization", "Bearer " + secret).get("/api/v1/tokens").then().statusCode(401);
    }

    private UUID store(String secret, byte[] hash) throws Exception {
        UUID id = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into api_tokens (id, name, role, secret_hash, secret_hint, created_at)
                     values (?, 'before rotation', 'admin', ?, ?, now())""")) {
            insert.setObject(1, id);
            insert.setBytes(2, hash);
            insert.setString(3, secret.substring(0, 9));
            insert.executeUpdate();
        }
        return id;
    }

    private byte[] storedHash(UUID id) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select secret_hash from api_tokens where id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getBytes(1);
            }
        }
    }

    private static byte[] hmac(String key, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return mac.doFinal(secret.getBytes(StandardCharsets.UTF_8));
    }
}
