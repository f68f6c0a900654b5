/** A typed array of twice the length holding `a`'s values first: how the column and cell buffers grow in place. */
export function grown<T extends Float64Array | Int32Array | Uint32Array | Uint8Array>(a: T): T {
  const bigger = new (a.constructor as new (n: number) => T)(a.length * 2);
  bigger.set(a);
  return bigger;
}
