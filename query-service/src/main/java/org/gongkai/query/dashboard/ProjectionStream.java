package org.gongkai.query.dashboard;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import org.gongkai.query.intake.ProjectionCommitted;
import org.gongkai.query.security.ReadScope;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /api/stream}: one {@code projection} event after each committed batch, naming the agencies whose
 * numbers changed. Sending happens on its own thread so that a slow browser can never hold up the consumer.
 */
@RestController
class ProjectionStream implements DisposableBean {

    /** One open stream and the agencies its user may read: nobody learns of changes outside their scope. */
    private record Listener(SseEmitter emitter, Predicate<String> readable) {}

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final ReadScope scope;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "gongkai-sse");
        thread.setDaemon(true);
        return thread;
    });

    ProjectionStream(ReadScope scope) {
        this.scope = scope;
    }

    @GetMapping(path = "/api/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream() {
        SseEmitter emitter = new SseEmitter(0L);
        Listener listener = new Listener(emitter, scope.readable());
        listeners.add(listener);
        emitter.onCompletion(() -> listeners.remove(listener));
        emitter.onTimeout(() -> listeners.remove(listener));
        emitter.onError(e -> listeners.remove(listener));
        try {
            emitter.send(SseEmitter.event().comment("connected"));
        } catch (IOException e) {
            listeners.remove(listener);
        }
        return emitter;
    }

    @EventListener
    void committed(ProjectionCommitted committed) {
        if (listeners.isEmpty()) {
            return;
        }
        sender.execute(() -> {
            for (Listener listener : listeners) {
                List<String> visible = committed.agencyIds().stream()
                        .filter(listener.readable())
                        .toList();
                if (visible.isEmpty()) {
                    continue;
                }
                try {
                    listener.emitter()
                            .send(SseEmitter.event()
                                    .name("projection")
                                    .data(Map.of("agencyIds", visible), MediaType.APPLICATION_JSON));
                } catch (IOException | IllegalStateException e) {
                    listeners.remove(listener);
                }
            }
        });
    }

    /**
     * Ends every stream as soon as the context starts closing: the graceful web-server shutdown that follows
     * would otherwise wait its whole grace period for these never-ending responses. Browsers reconnect by themselves.
     */
    @EventListener(ContextClosedEvent.class)
    void closing() {
        listeners.forEach(listener -> listener.emitter().complete());
        listeners.clear();
    }

    @Override
    public void destroy() {
        listeners.forEach(listener -> listener.emitter().complete());
        sender.shutdownNow();
    }
}
