// The sentences of the data checks' messages (sentences/) are needed only when an input has
// something to say, which the sample and a clean export never have: the page loads them with its
// first message, not with its own code. A message builder asks for them with `sentences()`;
// until they are in, that throws SentencesNotLoaded, and the step that made the message runs
// again once they are: `withSentences` around a step that may wait (a query), and
// `attemptWithSentences` for a step inside a render, which shows what it shows while loading
// until they arrive. Every message still comes out whole, in one language
// and the other. The command line, the workers, the import panel and the tests import
// sentences/all.ts with their own code, so `sentences()` never throws there.
import type { Sentences } from "./sentences/all";

export class SentencesNotLoaded extends Error {
  constructor() {
    super("The messages' sentences are not loaded yet (src/data/message-sentences.ts).");
    this.name = "SentencesNotLoaded";
  }
}

let provided: Sentences | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

/** Called by sentences/all.ts as it loads. */
export function provideSentences(given: Sentences): void {
  provided = given;
  for (const listener of listeners) listener();
}

/** The sentences; throws SentencesNotLoaded until they are in. */
export function sentences(): Sentences {
  if (provided === null) throw new SentencesNotLoaded();
  return provided;
}

export function loadSentences(): Promise<void> {
  if (provided !== null) return Promise.resolve();
  loading ??= import("./sentences/all").then(
    () => undefined,
    (error: unknown) => {
      loading = null; // the page's own server did not answer: the next message asks again
      throw error;
    },
  );
  return loading;
}

/** Runs `step`; if it had something to say before the sentences were in, loads them and runs it again. */
export async function withSentences<T>(step: () => T | Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (!(error instanceof SentencesNotLoaded)) throw error;
    await loadSentences();
    return step();
  }
}

/**
 * Runs `step` inside a render: its result, or null while the sentences it needs load. `seen` is
 * whether the render saw them in (useSentencesLoaded, src/ui/use-dataset.ts), which renders
 * again when they arrive, so a memo that lists it runs the step again then.
 */
export function attemptWithSentences<T>(seen: boolean, step: () => T): T | null {
  if (seen) return step();
  try {
    return step();
  } catch (error) {
    if (!(error instanceof SentencesNotLoaded)) throw error;
    // A failure leaves the step waiting; the next render that needs the sentences asks again.
    loadSentences().catch(() => {});
    return null;
  }
}

export function sentencesLoaded(): boolean {
  return provided !== null;
}

export function subscribeSentences(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
