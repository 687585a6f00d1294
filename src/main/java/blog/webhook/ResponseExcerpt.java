package blog.webhook;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Keeps the start of a receiver's answer and stops reading there, so a receiver that sends an
 * endless or slow body holds nothing longer than the attempt's timeout.
 */
final class ResponseExcerpt implements HttpResponse.BodySubscriber<String> {

    static final int MAX_BYTES = 500;

    private final byte[] kept = new byte[MAX_BYTES];
    private final CompletableFuture<String> result = new CompletableFuture<>();
    private int length;
    private Flow.Subscription subscription;

    static HttpResponse.BodyHandler<String> handler() {
        return responseInfo -> new ResponseExcerpt();
    }

    @Override
    public CompletionStage<String> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        for (ByteBuffer buffer : buffers) {
            int take = Math.min(buffer.remaining(), MAX_BYTES - length);
            buffer.get(kept, length, take);
            length += take;
        }
        if (length == MAX_BYTES) {
            subscription.cancel();
            finish();
        } else {
            subscription.request(1);
        }
    }

    @Override
    public void onError(Throwable failure) {
        finish();
    }

    @Override
    public void onComplete() {
        finish();
    }

    /** The text kept, without NUL characters (which a text column refuses). */
    private void finish() {
        result.complete(new String(kept, 0, length, StandardCharsets.UTF_8).replace("\u0000", ""));
    }
}
