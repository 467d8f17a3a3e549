package it.lombardia.codesign.publication;

import it.lombardia.codesign.shared.TranslatableException;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Makes documents in the background so that no page waits for them: two at a time, each as the
 * person who asked (their security context travels with the task, so they get what they may read),
 * with progress for listeners. A result stays in memory for 30 minutes and only its requester may
 * download it.
 */
@Service
public class ExportJobs {

    static final Duration KEPT_FOR = Duration.ofMinutes(30);
    private static final Logger log = LoggerFactory.getLogger(ExportJobs.class);

    private final EditionDocuments editions;
    private final RoundReportDocuments roundReports;
    private final Clock clock;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor executor;

    ExportJobs(EditionDocuments editions, RoundReportDocuments roundReports) {
        this.editions = editions;
        this.roundReports = roundReports;
        this.clock = Clock.systemUTC();
        AtomicInteger threads = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(2, 2, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(20), r -> {
            Thread thread = new Thread(r, "export-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** Starts making the document as the signed-in user; returns the job's id. */
    public String start(ExportRequest request) {
        Authentication requester = SecurityContextHolder.getContext().getAuthentication();
        if (requester == null || !requester.isAuthenticated()) {
            throw new TranslatableException("error.sign-in-required");
        }
        purge();
        Job job = new Job(UUID.randomUUID().toString(), requester.getName(), request);
        jobs.put(job.id, job);
        try {
            executor.execute(() -> run(job, requester));
        } catch (RejectedExecutionException e) {
            jobs.remove(job.id);
            throw new TranslatableException("publication.error.busy");
        }
        return job.id;
    }

    /** The job's state, for its requester. */
    public Optional<ExportStatus> status(String jobId) {
        return mine(jobId).map(Job::status);
    }

    /**
     * Listens to the job's progress until it finishes; a finished job reports at once. Listeners run
     * on the worker thread: a view wraps its code in {@code UI.access}.
     */
    public Runnable addListener(String jobId, Consumer<ExportStatus> listener) {
        Job job = mine(jobId).orElseThrow(() -> new TranslatableException("publication.error.no-job"));
        job.listeners.add(listener);
        ExportStatus now = job.status();
        if (now.finished()) {
            job.listeners.remove(listener);
            listener.accept(now);
        }
        return () -> job.listeners.remove(listener);
    }

    /** What a download request gets: the file, or why not. */
    public sealed interface Download permits Ready, NotFound, Forbidden {
    }

    public record Ready(ExportFile file) implements Download {
    }

    public record NotFound() implements Download {
    }

    public record Forbidden() implements Download {
    }

    public Download download(String jobId, String username) {
        purge();
        Job job = jobs.get(jobId);
        if (job == null || job.state != ExportStatus.State.DONE) {
            return new NotFound();
        }
        if (!job.owner.equals(username)) {
            return new Forbidden();
        }
        return new Ready(new ExportFile(job.fileName, job.request.format().contentType(), job.result));
    }

    private Optional<Job> mine(String jobId) {
        Authentication me = SecurityContextHolder.getContext().getAuthentication();
        Job job = jobId == null ? null : jobs.get(jobId);
        if (job == null || me == null || !job.owner.equals(me.getName())) {
            return Optional.empty();
        }
        return Optional.of(job);
    }

    private void run(Job job, Authentication requester) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(requester);
        SecurityContextHolder.setContext(context);
        try {
            ExportRequest request = job.request;
            Progress progress = (percent, step) -> job.progress(Math.min(99, percent), step);
            byte[] bytes;
            String fileName;
            if (request.kind() == ExportRequest.Kind.EDITION) {
                fileName = editions.fileName(request.id(), request.locale(), request.format());
                bytes = editions.render(request.id(), request.locale(), request.mode(), request.format(), progress);
            } else {
                fileName = roundReports.fileName(request.id(), request.locale(), request.format());
                bytes = roundReports.render(request.id(), request.locale(), request.format(), progress);
            }
            job.done(fileName, bytes, clock.instant());
        } catch (TranslatableException e) {
            job.failed(e.messageKey(), e.arguments(), clock.instant());
        } catch (RuntimeException e) {
            log.warn("Export {} failed", job.request, e);
            job.failed("publication.error.failed", new Object[0], clock.instant());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void purge() {
        Instant limit = clock.instant().minus(KEPT_FOR);
        jobs.values().removeIf(job -> job.finishedAt != null && job.finishedAt.isBefore(limit));
    }

    /** One job; its fields change on the worker thread and are read by others. */
    private static final class Job {

        private final String id;
        private final String owner;
        private final ExportRequest request;
        private final List<Consumer<ExportStatus>> listeners = new CopyOnWriteArrayList<>();
        private volatile ExportStatus.State state = ExportStatus.State.RUNNING;
        private volatile int progress;
        private volatile String step = "publication.step.queued";
        private volatile String fileName;
        private volatile byte[] result;
        private volatile String errorKey;
        private volatile Object[] errorArgs;
        private volatile Instant finishedAt;

        Job(String id, String owner, ExportRequest request) {
            this.id = id;
            this.owner = owner;
            this.request = request;
        }

        ExportStatus status() {
            byte[] bytes = result;
            return new ExportStatus(id, state, progress, step, fileName, bytes == null ? 0 : bytes.length, errorKey,
                    errorArgs);
        }

        void progress(int percent, String stepKey) {
            if (percent < progress && stepKey.equals(step)) {
                return;
            }
            progress = Math.max(progress, percent);
            step = stepKey;
            fire();
        }

        void done(String name, byte[] bytes, Instant at) {
            fileName = name;
            result = bytes;
            progress = 100;
            step = "publication.step.done";
            finishedAt = at;
            state = ExportStatus.State.DONE;
            fire();
            listeners.clear();
        }

        void failed(String key, Object[] args, Instant at) {
            errorKey = key;
            errorArgs = args;
            finishedAt = at;
            state = ExportStatus.State.FAILED;
            fire();
            listeners.clear();
        }

        private void fire() {
            ExportStatus now = status();
            for (Consumer<ExportStatus> listener : listeners) {
                try {
                    listener.accept(now);
                } catch (RuntimeException e) {
                    log.debug("An export listener failed", e);
                }
            }
        }
    }
}
