package blog.auth;

import jakarta.enterprise.context.RequestScoped;

/** Who is calling: anonymous, or the holder of a valid bearer token. */
@RequestScoped
public class Caller {

    private boolean authenticated;

    public boolean isAuthenticated() {
        return authenticated;
    }

    /** Authors see drafts and scheduled posts; the public sees published content only. */
    public boolean canReadUnpublished() {
        return authenticated;
    }

    void authenticate() {
        this.authenticated = true;
    }
}
