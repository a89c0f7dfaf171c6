package io.shipshape.shared;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records a request's HTTP response (for idempotent replay) in the transaction that commits the request's effects,
 * when that transaction runs on ANOTHER thread: grouped order capture commits many requests' orders in one
 * transaction of its committer thread, while each request thread waits.
 * <p>
 * Three parties, none of which may import another: the idempotency filter ({@code web}) opens a hook for the
 * request with a {@link Recorder} that stores the response in the current transaction; the controller says how its
 * result renders ({@link #renderWith}); the service that commits calls {@link #complete} inside its transaction,
 * on whatever thread. The filter learns from {@link #committed()} that the response was stored with the effects.
 * <p>
 * A route whose handler commits on another thread must not run inside a transaction the filter opens around the
 * request: the waiting request would hold a pooled connection the committer needs. Such routes say so with
 * {@link #commitsItself}, and the filter then opens none.
 */
public final class ResponseHook {

    /** What a replay answers with. */
    public record Response(int status, String contentType, String location, String body) {
    }

    /** Stores the response in the transaction active on the calling thread; false if the claim was lost. */
    @FunctionalInterface
    public interface Recorder {
        boolean record(Response response);
    }

    private static final ThreadLocal<ResponseHook> CURRENT = new ThreadLocal<>();
    private static final Set<String> SELF_COMMITTING = ConcurrentHashMap.newKeySet();

    private final Recorder recorder;
    private volatile Function<Object, Response> renderer;
    private volatile Response rendered;
    private volatile boolean committed;

    private ResponseHook(Recorder recorder) {
        this.recorder = recorder;
    }

    /** Declares that {@code method path} stores its response through a hook, in its own transaction. */
    public static void commitsItself(String method, String path) {
        SELF_COMMITTING.add(method + " " + path);
    }

    public static boolean isSelfCommitting(String method, String path) {
        return SELF_COMMITTING.contains(method + " " + path);
    }

    /** Opens the hook of the request running on this thread; {@link #close} it when the request ends. */
    public static ResponseHook open(Recorder recorder) {
        ResponseHook hook = new ResponseHook(recorder);
        CURRENT.set(hook);
        return hook;
    }

    public static void close() {
        CURRENT.remove();
    }

    /** The hook of the request on this thread, or null (no Idempotency-Key, not an HTTP request). */
    public static ResponseHook current() {
        return CURRENT.get();
    }

    /** The handler's rendering of its result into the response it will send. */
    public void renderWith(Function<Object, Response> renderer) {
        this.renderer = renderer;
    }

    /**
     * Stores the rendering of {@code result} in the transaction active on the calling thread (any thread); once
     * that transaction commits, {@link #committed()} is true. True without a renderer (nothing to store here: the
     * filter stores the response itself); false when the claim was lost, and the caller must roll back.
     */
    public boolean complete(Object result) {
        Function<Object, Response> render = renderer;
        if (render == null) {
            return true;
        }
        Response response = render.apply(result);
        if (!recorder.record(response)) {
            return false;
        }
        rendered = response;
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                committed = true;
            }
        });
        return true;
    }

    /**
     * The response stored, once committed (else null): the handler sends exactly these bytes instead of rendering
     * its result a second time, so the answer and its replay are the same.
     */
    public Response committedResponse() {
        return committed ? rendered : null;
    }

    /** Whether the response was stored by a transaction that committed. */
    public boolean committed() {
        return committed;
    }
}
