// One file's way through the import: a first pass to detect its format, kind, CRS, columns and
// units; the user's review of those; the import proper with progress and cancel; rows already
// there (replace, skip or keep both); then the report. The File is kept, so the mapping, the
// sheet or a doubtful unit can be changed afterwards and the file imported again without being
// chosen again: the stored layer is then replaced. Nothing is stored before an import has
// finished: a cancelled one leaves nothing behind.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { browserMessages } from "../../data/browser-messages";
import type { ImportProgress, ImportRequest, ImportResult } from "../../data/import/import-types";
import { refusedForSize } from "../../data/import/refused";
import type { NewLayer, StoredLayer } from "../../data/imported-layers";
import { gazetteerQuery } from "../../data/queries";
import type { Gazetteer } from "../../domain/gazetteer/gazetteer-types";
import {
  type DuplicateChoice,
  type DuplicateReport,
  findDuplicates,
  resolveDuplicates,
} from "../../domain/reimport";
import type { Kind } from "../../domain/types";
import { textsFor } from "../../i18n";
import {
  createImportRunner,
  type ImportJob,
  type ImportRunner,
  isCancelled,
} from "../../workers/import-client";
import { type ImportChoices, recallChoices, rememberChoices } from "./field-memory";
import { NO_SOURCE_CHOICES, requestChoices, type SourceChoices } from "./import-flow";
import { useImportServices } from "./import-services";
import { type ProblemText, problemText, useImportedLayers, useLayerChange } from "./use-imported-layers";

export interface ImportEntry {
  /** Unique in the panel's list. */
  key: number;
  file: File;
  /** The stored layer this file replaces; null for a new layer. */
  target: StoredLayer | null;
}

interface Chosen {
  choices: ImportChoices;
  source: SourceChoices;
}

export type DuplicateCounts = ReturnType<typeof resolveDuplicates>["counts"];

export type JobState =
  | { step: "analysing"; progress: ImportProgress | null }
  | ({ step: "review"; preview: ImportResult; remembered: boolean } & Chosen)
  | ({ step: "importing"; preview: ImportResult; progress: ImportProgress | null } & Chosen)
  | ({ step: "duplicates"; result: ImportResult; report: DuplicateReport } & Chosen)
  | ({
      step: "done";
      result: ImportResult;
      saved: StoredLayer | null;
      saveProblem: ProblemText | null;
      duplicates: DuplicateCounts | null;
      /** False when the file was refused before being read: nothing to map again. */
      editable: boolean;
    } & Chosen)
  | { step: "cancelled" }
  | { step: "failed"; reason: string };

const chosenOf = ({ choices, source }: Chosen): Chosen => ({ choices, source });

/** Features the review step sees of a file: enough to propose the fields and show samples. */
const PREVIEW_FEATURES = 5_000;

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const vi = textsFor("vi");
const viLabel = (property: string) => vi.maybe(`property.${property}`);

/** The browser's words for the engine's advice (no manifest.json, no command-line flags). */
function forBrowser(result: ImportResult): ImportResult {
  return { ...result, messages: browserMessages(result.messages, viLabel) };
}

let runnerOfPage: ImportRunner | null = null;

/** The page's own runner, made with the panel's first import: one idle worker for all of them. */
function pageRunner(): ImportRunner {
  runnerOfPage ??= createImportRunner();
  return runnerOfPage;
}

export function useImportJob(entry: ImportEntry) {
  const services = useImportServices();
  const { memory } = services;
  const runner = services.runner ?? pageRunner();
  const queryClient = useQueryClient();
  const change = useLayerChange();
  const { layers: storedLayers } = useImportedLayers();
  const loaded = useQuery({ ...gazetteerQuery(), enabled: services.gazetteer === undefined }).data;
  const provinces =
    (services.gazetteer !== undefined ? services.gazetteer : loaded?.gazetteer)?.provinces ?? [];
  const [state, setState] = useState<JobState>({ step: "analysing", progress: null });
  const job = useRef<ImportJob | null>(null);
  const alive = useRef(true);
  /** The stored layer a new run replaces: the entry's target, then the layer this card saved. */
  const replacing = useRef<StoredLayer | null>(entry.target);
  /** Each analysis pass owns its result: a later pass (another sheet) makes earlier ones stale. */
  const pass = useRef(0);

  const update = (next: JobState) => {
    if (alive.current) setState(next);
  };

  async function gazetteer(): Promise<Gazetteer | null> {
    if (services.gazetteer !== undefined) return services.gazetteer;
    return (await queryClient.fetchQuery(gazetteerQuery())).gazetteer;
  }

  async function requestFor(kind: Kind | null, chosen: ImportChoices | null, source: SourceChoices) {
    // Read afresh for every run: the bytes are transferred to the worker and gone afterwards.
    const bytes = new Uint8Array(await entry.file.arrayBuffer());
    const request: ImportRequest = {
      fileName: entry.file.name,
      bytes,
      gazetteer: await gazetteer(),
      ...requestChoices(kind, chosen, source),
    };
    // The first pass only previews: the page never holds a large file's features twice.
    if (chosen === null) request.sample = PREVIEW_FEATURES;
    return request;
  }

  async function run(request: ImportRequest, onProgress: (progress: ImportProgress) => void) {
    // A report that arrives after the result would put the step back to "analysing" or
    // "importing" for good; runners promise not to send one, and this pass does not listen for one.
    let finished = false;
    const started = runner.start(request, (progress) => {
      if (!finished) onProgress(progress);
    });
    job.current = started;
    try {
      return forBrowser(await started.result);
    } finally {
      finished = true;
      if (job.current === started) job.current = null;
    }
  }

  async function analyse(source: SourceChoices, isCurrent: () => boolean) {
    const show = (next: JobState) => {
      if (isCurrent()) update(next);
    };
    // Over the size limit, the file is not read at all: the report says why and what to do.
    const tooLarge = refusedForSize(entry.file.name, entry.file.size, replacing.current?.kind ?? null);
    if (tooLarge) {
      const choices = { kind: tooLarge.detection.kind, crs: null, fields: {} };
      show({
        step: "done",
        result: tooLarge,
        saved: null,
        saveProblem: null,
        duplicates: null,
        editable: false,
        choices,
        source,
      });
      return;
    }
    try {
      const request = await requestFor(replacing.current?.kind ?? null, null, source);
      if (!isCurrent()) return;
      const preview = await run(request, (progress) => show({ step: "analysing", progress }));
      const { detection } = preview;
      const recalled = recallChoices(memory, detection.columns);
      const kind = replacing.current?.kind;
      const usable = recalled && (!kind || recalled.kind === kind) ? recalled : null;
      const choices: ImportChoices = usable ?? { kind: detection.kind, crs: null, fields: detection.fields };
      const found = { ...source, sheet: source.sheet ?? detection.sheet ?? null };
      show({ step: "review", preview, choices, source: found, remembered: usable !== null });
    } catch (error) {
      show(isCancelled(error) ? { step: "cancelled" } : { step: "failed", reason: reasonOf(error) });
    }
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: one detection pass per file entry
  useEffect(() => {
    alive.current = true;
    // Each run of this effect owns its pass: a re-run (React's strict mode) never sees the
    // first pass's result, even if that pass was still reading the file when it was dropped.
    let current = true;
    const mine = ++pass.current;
    void analyse(NO_SOURCE_CHOICES, () => current && pass.current === mine);
    return () => {
      current = false;
      alive.current = false;
      job.current?.cancel();
    };
  }, [entry.key]);

  function choose(choices: ImportChoices) {
    if (state.step === "review") setState({ ...state, choices, remembered: false });
  }

  /** Another sheet or header row gives other columns: the file is read again with them. */
  function chooseSource(source: SourceChoices) {
    if (state.step !== "review" && state.step !== "done") return;
    const reread = source.sheet !== state.source.sheet || source.headerRow !== state.source.headerRow;
    if (!reread) {
      setState({ ...state, source });
      return;
    }
    const mine = ++pass.current;
    update({ step: "analysing", progress: null });
    void analyse(source, () => pass.current === mine);
  }

  async function store(result: ImportResult, chosen: Chosen, duplicates: DuplicateCounts | null) {
    const layer: NewLayer = {
      kind: result.detection.kind,
      fileName: entry.file.name,
      detection: result.detection,
      counts: result.counts,
      collection: result.collection,
    };
    let saved: StoredLayer | null = null;
    let saveProblem: ProblemText | null = null;
    if (result.collection.features.length > 0) {
      try {
        const target = replacing.current;
        saved = await change.mutateAsync(
          target ? { type: "replace", id: target.id, layer } : { type: "add", layer },
        );
        replacing.current = saved;
      } catch (error) {
        saveProblem = problemText(error);
      }
    }
    update({ step: "done", result, saved, saveProblem, duplicates, editable: true, ...chosen });
  }

  /** Runs the import with the choices given (from the review, or again after it). */
  async function importWith(chosen: Chosen, preview: ImportResult) {
    update({ step: "importing", preview, progress: null, ...chosen });
    let result: ImportResult;
    try {
      const request = await requestFor(null, chosen.choices, chosen.source);
      result = await run(request, (progress) => update({ step: "importing", preview, progress, ...chosen }));
    } catch (error) {
      update(isCancelled(error) ? { step: "cancelled" } : { step: "failed", reason: reasonOf(error) });
      return;
    }
    rememberChoices(memory, result.detection.columns, chosen.choices);
    // The layer being replaced is not "already there": its rows go with it.
    const others = storedLayers.filter((layer) => layer.id !== replacing.current?.id);
    const report = findDuplicates(result.detection.kind, result.collection, others);
    if (report.duplicates > 0) {
      update({ step: "duplicates", result, report, ...chosen });
      return;
    }
    await store(result, chosen, null);
  }

  async function start() {
    if (state.step === "review") await importWith(chosenOf(state), state.preview);
    // After an import: the units accepted in the review, applied by importing again.
    else if (state.step === "done") await importWith(chosenOf(state), state.result);
  }

  /** Back to the review of the mapping, the file kept: the next import replaces this one's layer. */
  function editMapping() {
    if (state.step !== "done" || !state.editable) return;
    const { result, choices, source } = state;
    setState({ step: "review", preview: result, choices, source, remembered: false });
  }

  async function settleDuplicates(choice: DuplicateChoice) {
    if (state.step !== "duplicates") return;
    const { result, report, choices, source } = state;
    const others = storedLayers.filter((layer) => layer.id !== replacing.current?.id);
    const resolution = resolveDuplicates(report, result.collection, others, choice);
    for (const changed of resolution.changedLayers) {
      const layer = others.find((other) => other.id === changed.id);
      if (!layer) continue;
      try {
        if (changed.collection.features.length === 0)
          await change.mutateAsync({ type: "remove", id: layer.id });
        else
          await change.mutateAsync({
            type: "replace",
            id: layer.id,
            layer: { ...layer, collection: changed.collection },
          });
      } catch (error) {
        const saveProblem = problemText(error);
        update({
          step: "done",
          result,
          saved: null,
          saveProblem,
          duplicates: null,
          editable: true,
          choices,
          source,
        });
        return;
      }
    }
    const kept = { ...result, collection: resolution.collection };
    await store(kept, { choices, source }, resolution.counts);
  }

  return {
    state,
    choose,
    chooseSource,
    start,
    editMapping,
    settleDuplicates,
    /** Whether the next import replaces a stored layer (its kind is then kept). */
    replacing: replacing.current,
    /** The gazetteer's provinces, to choose from. */
    provinces: provinces.map((province) => province.province),
    cancel: () => job.current?.cancel(),
  };
}
