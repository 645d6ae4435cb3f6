// A binary max-heap of candidate indices keyed by an upper bound on their gain, for lazy greedy.
// Equal bounds put the lower index first, so ties break exactly as in the plain greedy.
export interface GainQueue {
  size(): number;
  pop(): number | undefined;
  push(candidate: number): void;
}

/** `bounds` is read at every comparison: update a candidate's bound only while it is out of the heap. */
export function createGainQueue(bounds: Float64Array): GainQueue {
  const heap: number[] = [];
  const before = (a: number, b: number) => {
    const boundA = bounds[a] as number;
    const boundB = bounds[b] as number;
    return boundA > boundB || (boundA === boundB && a < b);
  };
  const swap = (i: number, j: number) => {
    const held = heap[i] as number;
    heap[i] = heap[j] as number;
    heap[j] = held;
  };
  const siftUp = (start: number) => {
    let index = start;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!before(heap[index] as number, heap[parent] as number)) return;
      swap(index, parent);
      index = parent;
    }
  };
  const siftDown = (start: number) => {
    let index = start;
    for (;;) {
      const left = index * 2 + 1;
      const right = left + 1;
      let best = index;
      if (left < heap.length && before(heap[left] as number, heap[best] as number)) best = left;
      if (right < heap.length && before(heap[right] as number, heap[best] as number)) best = right;
      if (best === index) return;
      swap(index, best);
      index = best;
    }
  };
  return {
    size: () => heap.length,
    pop() {
      const top = heap[0];
      const last = heap.pop();
      if (heap.length > 0 && last !== undefined) {
        heap[0] = last;
        siftDown(0);
      }
      return top;
    },
    push(candidate) {
      heap.push(candidate);
      siftUp(heap.length - 1);
    },
  };
}
