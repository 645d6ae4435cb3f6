// The engine words its advice for whoever reads it. On the command line and in geodata/ a
// steward edits manifest.json and passes flags; in the browser there are neither, only the
// import review (the column mapping, the coordinate system box, the sheet). These rewrites give
// the browser's words for the few sentences that name a file or a flag; everything else is said
// the same way to both.
import type { Message } from "../domain/types";

type Rewrite = [pattern: RegExp, replacement: string];

const VI: Rewrite[] = [
  [
    /ánh xạ cột của bạn sang “([^”]+)” bằng “fields” trong manifest\.json\./g,
    "chọn cột của bạn cho “$1” trong bảng ghép cột (nút “Sửa ghép cột”) rồi nhập lại.",
  ],
  [
    /manifest\.json ánh xạ “([^”]+)” sang cột (.+?), nhưng không đối tượng nào có cột đó\. Hãy kiểm tra chính tả trong “fields”\./g,
    "cột $2 được ghép cho “$1”, nhưng không đối tượng nào có cột đó. Hãy chọn cột khác trong bảng ghép cột.",
  ],
  [/\(ví dụ --crs ([^)]+)\)/g, "(trong ô “Hệ tọa độ”, ví dụ $1)"],
  [/\(xem gazetteer\/README\.md\)/g, "(việc này do người quản trị ứng dụng làm)"],
];

const EN: Rewrite[] = [
  [
    /map your column to “([^”]+)” with “fields” in manifest\.json\./g,
    "choose your column for “$1” in the column mapping (“Edit mapping”) and import again.",
  ],
  [
    /manifest\.json maps “([^”]+)” to the column (.+?), but no feature has that column\. Check the spelling in “fields”\./g,
    "the column $2 is mapped to “$1”, but no feature has that column. Choose another column in the mapping.",
  ],
  [/\(e\.g\. --crs ([^)]+)\)/g, "(in the “Coordinate system” box, e.g. $1)"],
  [/\(see gazetteer\/README\.md\)/g, "(the app's administrator does this)"],
];

function rewrite(text: string, rewrites: readonly Rewrite[]): string {
  return rewrites.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), text);
}

/** Our property names ("approximate", "groups") in a Vietnamese sentence, by their Vietnamese labels. */
function nameProperties(text: string, label: (property: string) => string | null): string {
  const named = (property: string) => label(property) ?? property;
  return text
    .replace(/(thuộc tính|cột của bạn cho) “([A-Za-z]+)”/g, (whole, words: string, property: string) =>
      label(property) ? `${words} “${named(property)}”` : whole,
    )
    .replace(
      // "name ← NAME_3": our label, and the file's column quoted as the data's own word
      /(^|[:,] )([a-z][A-Za-z]*) ← ([^,.“”]+)/g,
      (_, before: string, property: string, column: string) => `${before}${named(property)} ← “${column}”`,
    );
}

/**
 * The messages as the browser shows them; messages with nothing to reword are kept as they are.
 * viLabel: the Vietnamese label of one of our properties, so no English name sits in a Vietnamese
 * sentence (the file's own column names stay: they are the data's words).
 */
export function browserMessages(
  messages: readonly Message[],
  viLabel: (property: string) => string | null = () => null,
): Message[] {
  return messages.map((message) => {
    const vi = nameProperties(rewrite(message.text.vi, VI), viLabel);
    const en = rewrite(message.text.en, EN);
    return vi === message.text.vi && en === message.text.en ? message : { ...message, text: { vi, en } };
  });
}
