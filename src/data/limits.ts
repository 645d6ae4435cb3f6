// The limits every file meets, browser and command line alike, and what is said when one is
// passed: the file, the limit, and what to do (sentences/limit-sentences.ts). Each limit is set
// from measurement (README, "Limits"): what a browser tab reads without running out of memory,
// with room to spare.
import type { Level, Message } from "../domain/types";
import { sentences } from "./message-sentences";
import { placedMessage, type Where } from "./messages";
import type { LIMIT_SENTENCES, LimitDetails } from "./sentences/limit-sentences";

const MB = 1024 * 1024;

export const LIMITS = {
  /** Bytes of one file (and of everything inside a zip, uncompressed). */
  fileBytes: 300 * MB,
  /** Features in one file. */
  features: 2_000_000,
  /** Files inside one zip (KMZ, zipped Shapefile). */
  zipEntries: 10_000,
  /** Levels of arrays and objects in one feature (GeoJSON itself needs at most 7). */
  nestingDepth: 64,
  /** Messages of one kind (code) kept per file; the rest are counted in one message. */
  messagesPerCode: 1_000,
} as const;

export const megabytes = (bytes: number) =>
  bytes >= 10 * MB ? `${Math.round(bytes / MB)} MB` : `${(bytes / MB).toFixed(1)} MB`;

export type LimitCode = keyof typeof LIMIT_SENTENCES;

const LEVELS: Record<Exclude<LimitCode, "messages-capped">, Level> = {
  "file-too-large": "error",
  "zip-too-large": "error",
  "zip-too-many-entries": "error",
  "too-many-features": "error",
  "nesting-too-deep": "error",
};

export function limitMessage(
  code: LimitCode,
  where: Where,
  details: Partial<LimitDetails> = {},
  level?: Level,
): Message {
  const full = { found: details.found ?? "", count: details.count ?? 0 };
  return placedMessage(
    level ?? (code === "messages-capped" ? "info" : LEVELS[code]),
    code,
    where,
    sentences().limit[code](full),
    { expected: null, found: details.found ?? (details.count === undefined ? null : String(details.count)) },
  );
}

/** Thrown by a reader that saw, before reading, that a file is over the size limit. */
export class FileTooLarge extends Error {
  constructor(readonly bytes: number) {
    super(`The file is ${megabytes(bytes)}, over the limit of ${megabytes(LIMITS.fileBytes)}.`);
    this.name = "FileTooLarge";
  }
}

/** The message for a file over the size limit, or null. */
export function fileSizeProblem(file: string, bytes: number): Message | null {
  return bytes > LIMITS.fileBytes
    ? limitMessage("file-too-large", { file }, { found: megabytes(bytes) })
    : null;
}

/**
 * Keeps the first messages of each code for one file and counts the rest: a file where every one
 * of a million features has the same problem gets a thousand examples and one message saying how
 * many more there are, not a million sentences held in memory (several hundred bytes each).
 */
export class MessageCap {
  private readonly seen = new Map<string, { count: number; level: Level }>();

  constructor(
    private readonly file: string,
    private readonly limit: number = LIMITS.messagesPerCode,
  ) {}

  /** Counts a message of this code; true while it is among the first `limit` (keep it). */
  admit(code: string, level: Level): boolean {
    const entry = this.seen.get(code);
    if (entry === undefined) {
      this.seen.set(code, { count: 1, level });
      return this.limit >= 1;
    }
    entry.count++;
    if (level === "error") entry.level = "error";
    return entry.count <= this.limit;
  }

  /** Keeps the message if admitted. */
  add(messages: Message[], message: Message): void {
    if (this.admit(message.code, message.level)) messages.push(message);
  }

  /** One message per code with more than `limit`, at the level of the messages it stands for. */
  summaries(): Message[] {
    const summaries: Message[] = [];
    for (const [code, { count, level }] of this.seen) {
      if (count <= this.limit) continue;
      summaries.push(
        limitMessage(
          "messages-capped",
          { file: this.file },
          { found: code, count: count - this.limit },
          level,
        ),
      );
    }
    return summaries;
  }
}
