// One file's way through the import: a first pass to detect its format, kind, CRS and columns;
// the user's review of those; the import proper with progress and cancel; then the report.
// Nothing is stored before the import has finished: a cancelled one leaves nothing behind.
import { useEffect, useRef, useState } from "react";
import type { ImportProgress, ImportRequest, ImportResult } from "../../data/import/import-types";
import { refusedForSize } from "../../data/import/refused";
import type { NewLayer, StoredLayer } from "../../data/layer-store";
import type { Kind } from "../../domain/types";
import { type ImportJob, isCancelled } from "../../workers/import-client";
import { type ImportChoices, recallChoices, rememberChoices } from "./field-memory";
import { useImportServices } from "./import-services";
import { type ProblemText, problemText, useLayerChange } from "./use-imported-layers";

export interface ImportEntry {
  /** Unique in the panel's list. */
  key: number;
  file: File;
  /** The stored layer this file replaces; null for a new layer. */
  target: StoredLayer | null;
}

export type JobState =
  | { step: "analysing"; progress: ImportProgress | null }
  | { step: "review"; preview: ImportResult; choices: ImportChoices; remembered: boolean }
  | { step: "importing"; preview: ImportResult; choices: ImportChoices; progress: ImportProgress | null }
  | { step: "done"; result: ImportResult; saved: StoredLayer | null; saveProblem: ProblemText | null }
  | { step: "cancelled" }
  | { step: "failed"; reason: string };

/** Features the review step sees of a file: enough to propose the fields and show samples. */
const PREVIEW_FEATURES = 5_000;

async function requestFor(
  file: File,
  kind: Kind | null,
  choices: ImportChoices | null,
): Promise<ImportRequest> {
  // Read afresh for every run: the bytes are transferred to the worker and gone afterwards.
  const bytes = new Uint8Array(await file.arrayBuffer());
  const request: ImportRequest = {
    fileName: file.name,
    bytes,
    kind: choices?.kind ?? kind,
    crs: choices?.crs ?? null,
    fields: choices?.fields ?? null,
  };
  // The first pass only previews: the page never holds a large file's features twice.
  if (choices === null) request.sample = PREVIEW_FEATURES;
  return request;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function useImportJob(entry: ImportEntry) {
  const { runner, memory } = useImportServices();
  const change = useLayerChange();
  const [state, setState] = useState<JobState>({ step: "analysing", progress: null });
  const job = useRef<ImportJob | null>(null);
  const alive = useRef(true);

  const update = (next: JobState) => {
    if (alive.current) setState(next);
  };

  async function run(request: ImportRequest, onProgress: (progress: ImportProgress) => void) {
    // A report that arrives after the result would put the step back to "analysing" or
    // "importing" for good; runners promise not to send one, and this pass does not listen for one.
    let finished = false;
    const started = runner.start(request, (progress) => {
      if (!finished) onProgress(progress);
    });
    job.current = started;
    try {
      return await started.result;
    } finally {
      finished = true;
      if (job.current === started) job.current = null;
    }
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: one detection pass per file entry
  useEffect(() => {
    alive.current = true;
    // Each run of this effect owns its pass: a re-run (React's strict mode) never sees the
    // first pass's result, even if that pass was still reading the file when it was dropped.
    let current = true;
    const show = (next: JobState) => {
      if (current) update(next);
    };
    const analyse = async () => {
      // Over the size limit, the file is not read at all: the report says why and what to do.
      const tooLarge = refusedForSize(entry.file.name, entry.file.size, entry.target?.kind ?? null);
      if (tooLarge) {
        show({ step: "done", result: tooLarge, saved: null, saveProblem: null });
        return;
      }
      try {
        const request = await requestFor(entry.file, entry.target?.kind ?? null, null);
        if (!current) return;
        const preview = await run(request, (progress) => show({ step: "analysing", progress }));
        const { detection } = preview;
        const recalled = recallChoices(memory, detection.columns);
        const usable = recalled && (!entry.target || recalled.kind === entry.target.kind) ? recalled : null;
        const choices: ImportChoices = usable ?? {
          kind: detection.kind,
          crs: null,
          fields: detection.fields,
        };
        show({ step: "review", preview, choices, remembered: usable !== null });
      } catch (error) {
        show(isCancelled(error) ? { step: "cancelled" } : { step: "failed", reason: reasonOf(error) });
      }
    };
    void analyse();
    return () => {
      current = false;
      alive.current = false;
      job.current?.cancel();
    };
  }, [entry.key]);

  function choose(choices: ImportChoices) {
    if (state.step === "review") setState({ ...state, choices, remembered: false });
  }

  async function start() {
    if (state.step !== "review") return;
    const { preview, choices } = state;
    update({ step: "importing", preview, choices, progress: null });
    let result: ImportResult;
    try {
      const request = await requestFor(entry.file, null, choices);
      result = await run(request, (progress) => update({ step: "importing", preview, choices, progress }));
    } catch (error) {
      update(isCancelled(error) ? { step: "cancelled" } : { step: "failed", reason: reasonOf(error) });
      return;
    }
    rememberChoices(memory, result.detection.columns, choices);
    const layer: NewLayer = {
      kind: result.detection.kind,
      fileName: entry.file.name,
      detection: result.detection,
      counts: result.counts,
      collection: result.collection,
    };
    let saved: StoredLayer | null = null;
    let saveProblem: ProblemText | null = null;
    if (result.counts.accepted > 0) {
      try {
        saved = await change.mutateAsync(
          entry.target ? { type: "replace", id: entry.target.id, layer } : { type: "add", layer },
        );
      } catch (error) {
        saveProblem = problemText(error);
      }
    }
    update({ step: "done", result, saved, saveProblem });
  }

  return { state, choose, start, cancel: () => job.current?.cancel() };
}
