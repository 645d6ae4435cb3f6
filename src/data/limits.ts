// The limits every file meets, browser and command line alike, and what is said when one is
// passed: the file, the limit, and what to do. Each limit is set from measurement (README,
// "Limits"): what a browser tab reads without running out of memory, with room to spare.
import type { Level, Message } from "../domain/types";
import { placedMessage, type Texts, type Where } from "./messages";

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

type LimitDetails = { found: string; count: number };

const TEMPLATES = {
  "file-too-large": (d: LimitDetails) => ({
    vi: `tệp có ${d.found}, quá giới hạn ${megabytes(LIMITS.fileBytes)} mà trình duyệt đọc được an toàn; tệp không được đọc. Hãy tách tệp thành nhiều tệp nhỏ hơn (ví dụ theo xã hoặc theo năm) rồi nhập từng tệp.`,
    en: `the file is ${d.found}, over the ${megabytes(LIMITS.fileBytes)} a browser reads safely; it was not read. Split it into smaller files (by commune or by year, say) and import each.`,
  }),
  "zip-too-large": (d: LimitDetails) => ({
    vi: `tệp nén giải ra ${d.found}, quá giới hạn ${megabytes(LIMITS.fileBytes)}; tệp không được giải nén. Nếu đây đúng là dữ liệu của anh/chị, hãy tách lớp thành nhiều tệp nhỏ hơn.`,
    en: `the archive unpacks to ${d.found}, over the ${megabytes(LIMITS.fileBytes)} limit; it was not unpacked. If this is your data, split the layer into smaller files.`,
  }),
  "zip-too-many-entries": (d: LimitDetails) => ({
    vi: `tệp nén chứa ${d.count} tệp, quá giới hạn ${LIMITS.zipEntries}; tệp không được giải nén. Hãy nén riêng các tệp của một lớp (.shp, .shx, .dbf, .prj hoặc .kml).`,
    en: `the archive holds ${d.count} files, over the limit of ${LIMITS.zipEntries}; it was not unpacked. Zip only the files of one layer (.shp, .shx, .dbf, .prj, or the .kml).`,
  }),
  "too-many-features": (d: LimitDetails) => ({
    vi: `tệp có ${d.count} đối tượng, quá giới hạn ${LIMITS.features} của một tệp; tệp không được nhập. Hãy tách tệp (ví dụ theo năm).`,
    en: `the file holds ${d.count} features, over the limit of ${LIMITS.features} for one file; it was not imported. Split it (by year, say).`,
  }),
  "nesting-too-deep": () => ({
    vi: `có giá trị lồng nhau sâu hơn ${LIMITS.nestingDepth} tầng; đối tượng bị loại (giá trị đó được thay bằng một ghi chú trong tệp đối tượng bị loại). Hãy xuất lại dữ liệu với thuộc tính phẳng.`,
    en: `holds a value nested deeper than ${LIMITS.nestingDepth} levels; the feature was rejected (in the rejected-features file that value is replaced by a note). Export the data again with flat properties.`,
  }),
  "messages-capped": (d: LimitDetails) => ({
    vi: `còn ${d.count} thông báo cùng loại (${d.found}) ở các đối tượng khác; chỉ ${LIMITS.messagesPerCode} thông báo đầu được liệt kê. Sửa lỗi theo các ví dụ trên rồi nhập lại.`,
    en: `${d.count} more messages of the same kind (${d.found}) for other features; only the first ${LIMITS.messagesPerCode} are listed. Fix the problem as in the examples above and import again.`,
  }),
} satisfies Record<string, (details: LimitDetails) => Texts>;

export type LimitCode = keyof typeof TEMPLATES;

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
    TEMPLATES[code](full),
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
