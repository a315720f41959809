// Just enough protobuf wire encoding for the small fixed messages CometBFT hashes every block (Timestamp, BlockID,
// CommitSig, ResponseDeliverTx...): written straight into a byte array, the same bytes protobuf-es's reflective
// `toBinary` writes (proto3 rules: zero scalars and empty bytes are left out, present sub-messages always written),
// at a fraction of its cost and garbage. proto-wire.test.ts checks each encoder against `toBinary`.

const WIRE_VARINT = 0;
const WIRE_BYTES = 2;

/** A message being written: a byte array that grows as needed. */
export class Bytes {
  private buffer: Uint8Array;
  length = 0;

  constructor(capacity = 128) {
    this.buffer = new Uint8Array(capacity);
  }

  push(byte: number): void {
    if (this.length === this.buffer.length) this.grow(1);
    this.buffer[this.length++] = byte;
  }

  append(bytes: Uint8Array): void {
    if (this.length + bytes.length > this.buffer.length) this.grow(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** The bytes written (a view, valid until the next write). */
  view(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }

  private grow(extra: number): void {
    const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + extra));
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }
}

/** A varint; numbers must be safe integers (negative ones, like bigints, are taken as 64-bit two's complement). */
export function writeVarint(out: Bytes, value: number | bigint): void {
  if (typeof value === "number" && value >= 0 && value <= 0x7fffffff) {
    let v = value;
    while (v >= 0x80) {
      out.push((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    out.push(v);
    return;
  }
  let v = BigInt.asUintN(64, BigInt(value));
  while (v >= 0x80n) {
    out.push(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  out.push(Number(v));
}

function tag(out: Bytes, field: number, wireType: number): void {
  writeVarint(out, (field << 3) | wireType);
}

/** A varint field (int32, int64, uint32, uint64, enum, bool), left out when zero. */
export function varintField(out: Bytes, field: number, value: number | bigint): void {
  if (value === 0 || value === 0n) return;
  tag(out, field, WIRE_VARINT);
  writeVarint(out, value);
}

/** A bytes field, left out when empty. */
export function bytesField(out: Bytes, field: number, bytes: Uint8Array): void {
  if (bytes.length === 0) return;
  tag(out, field, WIRE_BYTES);
  writeVarint(out, bytes.length);
  out.append(bytes);
}

/** A sub-message field (always written, even when the sub-message encodes to nothing). */
export function messageField(out: Bytes, field: number, encoded: Bytes): void {
  tag(out, field, WIRE_BYTES);
  writeVarint(out, encoded.length);
  out.append(encoded.view());
}

/** `google.protobuf.Timestamp` of a time in ns since the epoch (seconds, then nanos: both signed, as Go splits). */
export function timestampBytes(ns: bigint): Bytes {
  const out = new Bytes(24);
  varintField(out, 1, ns / 1_000_000_000n);
  varintField(out, 2, Number(ns % 1_000_000_000n));
  return out;
}

/** The bytes as a Uint8Array of their own. */
export function toBytes(out: Bytes): Uint8Array {
  return out.view().slice();
}
