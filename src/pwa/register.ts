// The page's side of the service worker (src/pwa/sw.ts): register it once the map has drawn (so
// its first download never competes with the first picture), ask it now and then whether a new
// build or new data is on the server, and reload only when the user says so.

export type UpdateReason = "version" | "data";

export interface UpdateSignal {
  /** Called with the reason once an update is ready; returns the unsubscribe. */
  subscribe(listener: (reason: UpdateReason) => void): () => void;
  /** Takes the update up and reloads the page. */
  apply(): void;
}

const CHECK_EVERY_MS = 30 * 60 * 1000;
const FIRST_IDLE_MARK = "binhyen:first-idle";
const REGISTER_AFTER_MS = 15_000;

function afterFirstPicture(): Promise<void> {
  return new Promise((resolve) => {
    if (performance.getEntriesByName(FIRST_IDLE_MARK).length > 0) return resolve();
    const timer = setTimeout(resolve, REGISTER_AFTER_MS);
    const observer = new PerformanceObserver((list) => {
      if (!list.getEntriesByName(FIRST_IDLE_MARK).length) return;
      clearTimeout(timer);
      observer.disconnect();
      resolve();
    });
    observer.observe({ type: "mark" });
  });
}

export function registerServiceWorker(container: ServiceWorkerContainer | undefined): UpdateSignal | null {
  if (!container) return null;
  const listeners = new Set<(reason: UpdateReason) => void>();
  let ready: UpdateReason | null = null;
  let registration: ServiceWorkerRegistration | null = null;
  const announce = (reason: UpdateReason) => {
    // A new build outranks new data: it brings the data along.
    if (ready === "version") return;
    ready = reason;
    for (const listener of listeners) listener(reason);
  };
  const watchInstalling = (worker: ServiceWorker | null) => {
    worker?.addEventListener("statechange", () => {
      if (worker.state === "installed" && container.controller) announce("version");
    });
  };
  const check = () => {
    void registration?.update().catch(() => {});
    container.controller?.postMessage({ type: "binhyen-check-data" });
  };
  container.addEventListener("message", (event) => {
    const type = (event.data as { type?: string } | null)?.type;
    if (type === "binhyen-update") announce("data");
    else if (type === "binhyen-applied") window.location.reload();
  });
  void afterFirstPicture().then(async () => {
    try {
      registration = await container.register("sw.js", { scope: "./" });
    } catch (error) {
      console.warn("Bình Yên: offline use is not available here.", error);
      return;
    }
    // Some browsers' settings (and test harnesses) block workers and hand back nothing.
    if (!registration) return;
    if (registration.waiting && container.controller) announce("version");
    watchInstalling(registration.installing);
    registration.addEventListener("updatefound", () => watchInstalling(registration?.installing ?? null));
    check();
    setInterval(check, CHECK_EVERY_MS);
    window.addEventListener("online", check);
  });
  return {
    subscribe(listener) {
      listeners.add(listener);
      if (ready) listener(ready);
      return () => listeners.delete(listener);
    },
    apply() {
      if (ready === "version" && registration?.waiting) {
        container.addEventListener("controllerchange", () => window.location.reload(), { once: true });
        registration.waiting.postMessage({ type: "binhyen-skip-waiting" });
      } else if (ready === "data" && container.controller) {
        container.controller.postMessage({ type: "binhyen-apply-data" });
      } else window.location.reload();
    },
  };
}
