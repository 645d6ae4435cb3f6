import type { Random } from "./random";

// Plausible names for Thái and H'Mông villages of the Thuận Châu area: "Bản" and two syllables.
// Written NFC with full diacritics. These are invented combinations, not a list of real hamlets.

const FIRST_SYLLABLES = [
  "Nà",
  "Pá",
  "Hua",
  "Huổi",
  "Phiêng",
  "Co",
  "Nong",
  "Púng",
  "Bó",
  "Nậm",
  "Tát",
  "Lọng",
  "Kéo",
  "Mòn",
  "Ít",
  "Củ",
  "Bon",
  "Lằn",
  "Giàn",
  "Tà",
  "Pom",
  "Xa",
  "Ten",
  "Khoang",
] as const;

const SECOND_SYLLABLES = [
  "Heo",
  "Lằn",
  "Mòn",
  "Ít",
  "Củ",
  "Bon",
  "Giàn",
  "Nẻ",
  "Kiếng",
  "Khoang",
  "Lè",
  "Xa",
  "Ten",
  "Pom",
  "Lọng",
  "Tát",
  "Sàng",
  "Hày",
  "Khá",
  "Sẳng",
  "Phát",
  "Lay",
  "Cại",
  "Muông",
  "Tòng",
  "Lứa",
  "Nghè",
  "Lĩnh",
  "Pục",
  "Sản",
  "Cang",
  "Hằm",
  "Tậu",
  "Ban",
  "Cọ",
  "Dửn",
] as const;

// H'Mông villages higher up the slopes carry different syllables.
const HMONG_NAMES = [
  "Bản Háng Lìa",
  "Bản Tìa Ló",
  "Bản Pha Khuông",
  "Bản Nhộp",
  "Bản Hua Ngà",
  "Bản Pá Xa Mông",
  "Bản Co Sầu",
  "Bản Kề Cải",
  "Bản Phiêng Pùng",
] as const;

/** Distinct hamlet names for one unit; `required` names come first, in their given order. */
export function hamletNames(count: number, random: Random, required: readonly string[] = []): string[] {
  const names = new Set<string>(required.map((name) => name.normalize("NFC")));
  // Roughly one village in eight is H'Mông, a little more in the bigger upland communes.
  const hmongCount = Math.min(HMONG_NAMES.length, Math.floor(count / 8));
  for (const name of random.shuffle(HMONG_NAMES).slice(0, hmongCount)) {
    if (names.size < count) names.add(name);
  }
  while (names.size < count) {
    const first = random.pick(FIRST_SYLLABLES);
    const second = random.pick(SECOND_SYLLABLES);
    if (first !== second) names.add(`Bản ${first} ${second}`.normalize("NFC"));
  }
  const [...inOrder] = names;
  const fixed = inOrder.slice(0, required.length);
  return [...fixed, ...random.shuffle(inOrder.slice(required.length))];
}

/** Town residential blocks: "Tiểu khu 1", "Tiểu khu 2"… */
export function townBlockNames(count: number): string[] {
  return Array.from({ length: count }, (_, index) => `Tiểu khu ${index + 1}`.normalize("NFC"));
}
