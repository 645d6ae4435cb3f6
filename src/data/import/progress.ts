// Progress and cancellation for long imports: the worker shows the phase and fraction, and a
// cancelled import stops at the next check with an AbortError, as fetch does.
import type { ImportProgress } from "./import-types";

export interface Progress {
  step: (phase: ImportProgress["phase"], fraction: number) => void;
  signal: AbortSignal | undefined;
}

export function abortError(): Error {
  const error = new Error("The import was cancelled.");
  error.name = "AbortError";
  return error;
}

export function checkAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError();
}

/** Reports at most every 2 % and checks for cancellation on every call. */
export function makeProgress(
  onProgress: ((progress: ImportProgress) => void) | undefined,
  signal: AbortSignal | undefined,
): Progress {
  let last: ImportProgress | null = null;
  return {
    signal,
    step: (phase, fraction) => {
      checkAborted(signal);
      if (!onProgress) return;
      const clamped = Math.max(0, Math.min(1, fraction));
      if (last && last.phase === phase && clamped - last.fraction < 0.02 && clamped < 1) return;
      last = { phase, fraction: clamped };
      onProgress(last);
    },
  };
}
