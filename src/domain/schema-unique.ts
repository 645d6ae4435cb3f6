// Finding ids and codes seen before in a file. A Map would do, but at 100,000 features it was the
// largest single cost of the whole check (its growth, and hashing keys scattered over the heap);
// an open-addressing table in two typed arrays, sized once, does the same in a third of the time.

/** 32-bit FNV-1a over UTF-16 code units. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

/**
 * For each key, the index of the first earlier one equal to it, or -1 (first of its kind, or null).
 * hash is there for tests, which make every key collide.
 */
export function earlierDuplicates(
  keys: readonly (string | null)[],
  hash: (text: string) => number = hashText,
): Int32Array {
  const result = new Int32Array(keys.length).fill(-1);
  // At most half full, so that probes stay short.
  let size = 16;
  while (size < keys.length * 2) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size).fill(-1);
  const hashes = new Int32Array(size);
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index];
    if (key === null || key === undefined) continue;
    const keyHash = hash(key);
    let slot = keyHash & mask;
    for (;;) {
      const taken = slots[slot] as number;
      if (taken === -1) {
        slots[slot] = index;
        hashes[slot] = keyHash;
        break;
      }
      if (hashes[slot] === keyHash && keys[taken] === key) {
        result[index] = taken;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  return result;
}
