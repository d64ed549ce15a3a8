/** Minimal writers for test fixtures: Shapefile (.shp) and dBASE (.dbf), written as code to be reviewed. */
/** Polygons with one clockwise ring, or points. */
export type Ring = [number, number][];
export function shp(shapes: ({ ring: Ring } | { point: [number, number] })[]): Uint8Array {
  const polygon = 'ring' in shapes[0]!;
  const bodies = shapes.map((s) => {
    if ('point' in s) {
      const b = new DataView(new ArrayBuffer(20));
      b.setInt32(0, 1, true);
      b.setFloat64(4, s.point[0], true);
      b.setFloat64(12, s.point[1], true);
      return b;
    }
    const b = new DataView(new ArrayBuffer(44 + 4 + s.ring.length * 16));
    const xs = s.ring.map((p) => p[0]);
    const ys = s.ring.map((p) => p[1]);
    b.setInt32(0, 5, true);
    [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)].forEach((v, i) =>
      b.setFloat64(4 + i * 8, v, true),
    );
    b.setInt32(36, 1, true);
    b.setInt32(40, s.ring.length, true);
    b.setInt32(44, 0, true);
    s.ring.forEach(([x, y], i) => {
      b.setFloat64(48 + i * 16, x, true);
      b.setFloat64(56 + i * 16, y, true);
    });
    return b;
  });
  const length = 100 + bodies.reduce((s, b) => s + 8 + b.byteLength, 0);
  const out = new DataView(new ArrayBuffer(length));
  out.setInt32(0, 9994);
  out.setInt32(24, length / 2);
  out.setInt32(28, 1000, true);
  out.setInt32(32, polygon ? 5 : 1, true);
  let o = 100;
  bodies.forEach((b, i) => {
    out.setInt32(o, i + 1);
    out.setInt32(o + 4, b.byteLength / 2);
    new Uint8Array(out.buffer).set(new Uint8Array(b.buffer), o + 8);
    o += 8 + b.byteLength;
  });
  return new Uint8Array(out.buffer);
}
export function dbf(
  fields: { name: string; len: number }[],
  rows: string[][],
  encode: (s: string) => Uint8Array,
): Uint8Array {
  const headerLen = 32 + fields.length * 32 + 1;
  const recLen = 1 + fields.reduce((s, f) => s + f.len, 0);
  const out = new Uint8Array(headerLen + rows.length * recLen + 1).fill(0x20, headerLen);
  const v = new DataView(out.buffer);
  out[0] = 0x03;
  v.setUint32(4, rows.length, true);
  v.setUint16(8, headerLen, true);
  v.setUint16(10, recLen, true);
  fields.forEach((f, i) => {
    out.set(new TextEncoder().encode(f.name.slice(0, 10)), 32 + i * 32);
    out[32 + i * 32 + 11] = 'C'.charCodeAt(0);
    out[32 + i * 32 + 16] = f.len;
  });
  out[headerLen - 1] = 0x0d;
  rows.forEach((row, r) => {
    let o = headerLen + r * recLen + 1;
    row.forEach((cell, i) => {
      out.set(encode(cell).slice(0, fields[i]!.len), o);
      o += fields[i]!.len;
    });
  });
  out[out.length - 1] = 0x1a;
  return out;
}
