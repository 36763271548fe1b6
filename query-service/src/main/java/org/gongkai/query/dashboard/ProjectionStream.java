package org.gongkai.query.dashboard;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.gongkai.query.intake.ProjectionCommitted;
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

    private final List<SseEmitter> emitters = new CopyOnWriteArrayList<>();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "gongkai-sse");
        thread.setDaemon(true);
        return thread;
    });

    @GetMapping(path = "/api/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream() {
        SseEmitter emitter = new SseEmitter(0L);
        emitters.add(emitter);
        emitter.onCompletion(() -> emitters.remove(emitter));
        emitter.onTimeout(() -> emitters.remove(emitter));
        emitter.onError(e -> emitters.remove(emitter));
        try {
            emitter.send(SseEmitter.event().comment("connected"));
        } catch (IOException e) {
            emitters.remove(emitter);
        }
        return emitter;
    }

    @EventListener
    void committed(ProjectionCommitted committed) {
        if (emitters.isEmpty()) {
            return;
        }
        Map<String, Object> data = Map.of("agencyIds", committed.agencyIds());
        sender.execute(() -> {
            for (SseEmitter emitter : emitters) {
                try {
                    emitter.send(SseEmitter.event().name("projection").data(data, MediaType.APPLICATION_JSON));
                } catch (IOException | IllegalStateException e) {
                    emitters.remove(emitter);
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
        emitters.forEach(SseEmitter::complete);
        emitters.clear();
    }

    @Override
    public void destroy() {
        emitters.forEach(SseEmitter::complete);
        sender.shutdownNow();
    }
}
