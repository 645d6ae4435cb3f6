// Reading a deck file someone else prepared: every problem is said in Vietnamese and English,
// with the slide it concerns, and nothing of a bad file is kept. View fields this version does
// not know are kept (a newer version may have written them) and ignored on restore.
import { appendAll } from "../domain/arrays";
import {
  DECK_FORMAT,
  DECK_VERSION,
  type Deck,
  type JsonValue,
  type SavedView,
  SLIDE_STORIES,
  type Slide,
  type SlideStory,
} from "./deck";

export interface DeckText {
  vi: string;
  en: string;
}

export type DeckParseResult = { ok: true; deck: Deck } | { ok: false; errors: DeckText[] };

/** Bigger than any real deck (a slide is a few hundred bytes), small enough to read at once. */
export const MAX_DECK_BYTES = 5_000_000;
export const MAX_SLIDES = 500;
const MAX_TITLE = 300;
const MAX_NOTES = 5_000;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function cameraProblem(camera: unknown): DeckText | null {
  if (camera === null || camera === undefined) return null;
  const valid =
    isObject(camera) &&
    Array.isArray(camera.center) &&
    camera.center.length === 2 &&
    typeof camera.center[0] === "number" &&
    typeof camera.center[1] === "number" &&
    Math.abs(camera.center[0]) <= 180 &&
    Math.abs(camera.center[1]) <= 90 &&
    typeof camera.zoom === "number" &&
    camera.zoom >= 0 &&
    camera.zoom <= 22;
  return valid
    ? null
    : {
        vi: "vị trí bản đồ (camera) phải có center [kinh độ, vĩ độ] và zoom từ 0 đến 22",
        en: "the map position (camera) needs center [longitude, latitude] and a zoom from 0 to 22",
      };
}

function slideProblems(value: unknown, number: number): { slide: Slide | null; errors: DeckText[] } {
  const at = (problem: DeckText): DeckText => ({
    vi: `Trang ${number}: ${problem.vi}.`,
    en: `Slide ${number}: ${problem.en}.`,
  });
  if (!isObject(value)) {
    return { slide: null, errors: [at({ vi: "không phải một đối tượng JSON", en: "is not a JSON object" })] };
  }
  const errors: DeckText[] = [];
  if (typeof value.title !== "string" || value.title.length > MAX_TITLE)
    errors.push(
      at({
        vi: `tiêu đề (title) phải là văn bản, tối đa ${MAX_TITLE} ký tự`,
        en: `the title must be text of at most ${MAX_TITLE} characters`,
      }),
    );
  if (value.notes !== undefined && (typeof value.notes !== "string" || value.notes.length > MAX_NOTES))
    errors.push(
      at({
        vi: `ghi chú (notes) phải là văn bản, tối đa ${MAX_NOTES} ký tự`,
        en: `the notes must be text of at most ${MAX_NOTES} characters`,
      }),
    );
  if (!isObject(value.view)) {
    errors.push(at({ vi: "thiếu khung nhìn (view)", en: "the saved view (view) is missing" }));
  } else {
    const camera = cameraProblem(value.view.camera);
    if (camera) errors.push(at(camera));
  }
  if (errors.length > 0) return { slide: null, errors };
  // A story this version does not know (a newer deck's) leaves a plain slide with its saved view.
  const story = SLIDE_STORIES.find((candidate) => candidate === value.story);
  return {
    slide: {
      id: typeof value.id === "string" && value.id ? value.id : `slide-${number}`,
      title: (value.title as string).normalize("NFC"),
      notes: typeof value.notes === "string" ? value.notes.normalize("NFC") : "",
      view: value.view as SavedView,
      ...(story ? { story: story as SlideStory } : {}),
    },
    errors: [],
  };
}

/** Parses and checks a deck file's text. */
export function parseDeck(text: string): DeckParseResult {
  if (text.length > MAX_DECK_BYTES)
    return fail({
      vi: "Tệp quá lớn để là một bộ trang trình chiếu (trên 5 MB).",
      en: "The file is too large to be a briefing deck (over 5 MB).",
    });
  let json: unknown;
  try {
    json = JSON.parse(text) as JsonValue;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail({
      vi: `Tệp không phải JSON hợp lệ (${detail}). Hãy chọn tệp .json đã xuất từ Bình Yên.`,
      en: `The file is not valid JSON (${detail}). Choose a .json file exported from Bình Yên.`,
    });
  }
  if (!isObject(json) || json.format !== DECK_FORMAT)
    return fail({
      vi: `Đây không phải tệp trình chiếu của Bình Yên (thiếu "format": "${DECK_FORMAT}").`,
      en: `This is not a Bình Yên briefing deck (it lacks "format": "${DECK_FORMAT}").`,
    });
  if (json.version !== DECK_VERSION)
    return fail(
      typeof json.version === "number" && json.version > DECK_VERSION
        ? {
            vi: `Tệp được tạo bởi phiên bản mới hơn (định dạng ${json.version}); hãy cập nhật ứng dụng.`,
            en: `The file was made by a newer version (format ${json.version}); update the app.`,
          }
        : { vi: "Phiên bản định dạng (version) không hợp lệ.", en: "The format version is not valid." },
    );
  if (!Array.isArray(json.slides))
    return fail({
      vi: "Tệp không có danh sách trang (slides).",
      en: "The file has no list of slides (slides).",
    });
  if (json.slides.length > MAX_SLIDES)
    return fail({
      vi: `Tệp có ${json.slides.length} trang; tối đa ${MAX_SLIDES}.`,
      en: `The file has ${json.slides.length} slides; at most ${MAX_SLIDES} are allowed.`,
    });
  const slides: Slide[] = [];
  const errors: DeckText[] = [];
  const ids = new Set<string>();
  json.slides.forEach((value, index) => {
    const result = slideProblems(value, index + 1);
    appendAll(errors, result.errors);
    if (!result.slide) return;
    // Two slides with one id would move and delete together: the later one gets a new id.
    const id = ids.has(result.slide.id) ? `${result.slide.id}-${index + 1}` : result.slide.id;
    ids.add(id);
    slides.push({ ...result.slide, id });
  });
  if (errors.length > 0) return { ok: false, errors };
  const title = typeof json.title === "string" ? json.title.normalize("NFC").slice(0, MAX_TITLE) : "";
  return { ok: true, deck: { format: DECK_FORMAT, version: DECK_VERSION, title, slides } };
}

function fail(error: DeckText): DeckParseResult {
  return { ok: false, errors: [error] };
}

/** The file an export writes: stable key order, readable by a person. */
export function serialiseDeck(deck: Deck): string {
  return `${JSON.stringify(deck, null, 2)}\n`;
}
