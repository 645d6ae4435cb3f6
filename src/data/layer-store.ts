// Imported layers kept in the browser's IndexedDB, so a steward's imports survive a reload and
// never leave the machine. Every failure (full disk, private mode, a blocked upgrade) becomes a
// LayerStoreError with a bilingual sentence for the user: nothing is swallowed. The app loads this
// module with the store's first call (imported-layers.ts, pageLayerStore).
import { type IDBPDatabase, wrap } from "idb";
import {
  byCreation,
  isLayerStoreError,
  type LayerStore,
  type LayerStoreError,
  type LayerStoreProblem,
  type StoredLayer,
} from "./imported-layers";
import {
  type ChunkedDatabase,
  deleteChunked,
  getAllChunked,
  getChunked,
  type LayerRecord,
  putChunked,
} from "./layer-chunks";

const PROBLEM_TEXTS: Record<LayerStoreProblem, { vi: string; en: string }> = {
  quota: {
    vi: "Bộ nhớ của trình duyệt đã đầy nên không lưu được lớp dữ liệu. Hãy xóa bớt lớp đã nhập hoặc giải phóng dung lượng ổ đĩa rồi thử lại.",
    en: "The browser's storage is full, so the layer was not saved. Remove some imported layers or free disk space, then try again.",
  },
  unavailable: {
    vi: "Trình duyệt không cho lưu dữ liệu (chế độ ẩn danh hoặc cài đặt chặn lưu trữ). Lớp đã nhập sẽ mất khi tải lại trang; hãy dùng cửa sổ thường.",
    en: "The browser does not allow storing data (private mode or a storage-blocking setting). Imported layers will be lost on reload; use a normal window.",
  },
  blocked: {
    vi: "Một thẻ khác của Bình Yên đang giữ kho dữ liệu cũ. Hãy đóng các thẻ Bình Yên khác rồi tải lại trang.",
    en: "Another Bình Yên tab holds the old data store. Close the other Bình Yên tabs, then reload.",
  },
  "not-found": {
    vi: "Không tìm thấy lớp dữ liệu này; có thể nó đã bị xóa ở thẻ khác.",
    en: "This layer was not found; it may have been removed in another tab.",
  },
  failed: {
    vi: "Không đọc hoặc ghi được kho dữ liệu của trình duyệt.",
    en: "Could not read or write the browser's data store.",
  },
};

export function layerStoreError(problem: LayerStoreProblem, cause?: unknown): LayerStoreError {
  const detail = cause instanceof Error ? `${cause.name}: ${cause.message}` : cause ? String(cause) : "";
  const base = PROBLEM_TEXTS[problem];
  const text = detail ? { vi: `${base.vi} (${detail})`, en: `${base.en} (${detail})` } : base;
  const error = new Error(text.en, { cause }) as LayerStoreError;
  error.name = "LayerStoreError";
  error.problem = problem;
  error.text = text;
  return error;
}

/** Browsers name a full quota differently; the cause chain may hide it under an AbortError. */
function classify(error: unknown): LayerStoreProblem {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth += 1) {
    const name = (current as { name?: unknown }).name;
    if (name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED") return "quota";
    if (name === "SecurityError" || name === "InvalidStateError" || name === "UnknownError") {
      return "unavailable";
    }
    current = (current as { cause?: unknown }).cause;
  }
  return "failed";
}

export function asStoreError(error: unknown): LayerStoreError {
  return isLayerStoreError(error) ? error : layerStoreError(classify(error), error);
}

type LayerDatabase = ChunkedDatabase<StoredLayer & LayerRecord>;

const DATABASE_NAME = "binh-yen";
/** 2: features in the "chunks" store (layer-chunks.ts). */
const DATABASE_VERSION = 2;

export interface LayerStoreOptions {
  /** null: IndexedDB is not available (tests, old browsers); default: the page's own. */
  indexedDB?: IDBFactory | null;
  databaseName?: string;
  now?: () => Date;
  newId?: () => string;
}

/** crypto.randomUUID needs a secure context; an agency server on plain HTTP has none. */
function randomId(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return `layer-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("")}`;
}

function pageIndexedDb(): IDBFactory | null {
  try {
    return typeof indexedDB === "undefined" ? null : indexedDB;
  } catch {
    return null; // some browsers throw on the mere access when storage is disabled
  }
}

function openDatabase(factory: IDBFactory, name: string): Promise<IDBPDatabase<LayerDatabase>> {
  return new Promise((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, DATABASE_VERSION);
    } catch (error) {
      reject(layerStoreError("unavailable", error));
      return;
    }
    request.addEventListener("upgradeneeded", () => {
      const database = request.result;
      if (!database.objectStoreNames.contains("layers"))
        database.createObjectStore("layers", { keyPath: "id" });
      if (!database.objectStoreNames.contains("chunks")) database.createObjectStore("chunks");
    });
    // Waiting silently for another tab would look like a hang: say so at once.
    request.addEventListener("blocked", () => reject(layerStoreError("blocked")));
    (wrap(request) as unknown as Promise<IDBPDatabase<LayerDatabase>>).then(
      (database) => {
        // Let a newer version in another tab upgrade instead of blocking it.
        database.addEventListener("versionchange", () => database.close());
        resolve(database);
      },
      (error) =>
        reject(layerStoreError(classify(error) === "failed" ? "unavailable" : classify(error), error)),
    );
  });
}

function baseName(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}

/** Opens lazily: creating a store costs nothing, and the first call reports any problem. */
export function createLayerStore(options: LayerStoreOptions = {}): LayerStore {
  const factory = options.indexedDB === undefined ? pageIndexedDb() : options.indexedDB;
  const databaseName = options.databaseName ?? DATABASE_NAME;
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? randomId;
  let opening: Promise<IDBPDatabase<LayerDatabase>> | null = null;

  const database = () => {
    if (factory === null) return Promise.reject(layerStoreError("unavailable"));
    opening ??= openDatabase(factory, databaseName).catch((error) => {
      opening = null; // the next call tries again (the other tab may be closed by then)
      throw error;
    });
    return opening;
  };

  async function write(layer: StoredLayer): Promise<StoredLayer> {
    try {
      await putChunked(await database(), layer);
      return layer;
    } catch (error) {
      throw asStoreError(error);
    }
  }

  async function existing(id: string): Promise<StoredLayer> {
    let layer: StoredLayer | undefined;
    try {
      layer = await getChunked(await database(), id);
    } catch (error) {
      throw asStoreError(error);
    }
    if (!layer) throw layerStoreError("not-found");
    return layer;
  }

  return {
    async list() {
      try {
        return (await getAllChunked(await database())).sort(byCreation);
      } catch (error) {
        throw asStoreError(error);
      }
    },
    add(layer) {
      const { name, ...rest } = layer;
      const time = now().toISOString();
      return write({
        ...rest,
        id: newId(),
        name: name?.trim() || baseName(layer.fileName),
        createdAt: time,
        importedAt: time,
      });
    },
    async rename(id, name) {
      const layer = await existing(id);
      return write({ ...layer, name: name.trim() || layer.name });
    },
    async replace(id, layer) {
      const previous = await existing(id);
      const { name: _ignored, ...rest } = layer;
      const { createdAt, name } = previous;
      return write({ ...rest, id, name, createdAt, importedAt: now().toISOString() });
    },
    async remove(id) {
      const layer = await existing(id);
      try {
        await deleteChunked(await database(), id);
      } catch (error) {
        throw asStoreError(error);
      }
      return layer;
    },
    restore(layer) {
      return write(layer);
    },
    close() {
      opening?.then((opened) => opened.close()).catch(() => {});
      opening = null;
    },
  };
}
