// The canonical text of state values (see `canonicalStateText`) written straight as UTF-8 bytes into one reusable
// buffer, for the app hash: a block's changes become one byte run to hash, without the thousands of intermediate
// strings that building the text would allocate (string building was a fifth of all the chain's allocation).
// canonical-bytes.test.ts checks that the bytes are exactly the UTF-8 of `canonicalStateText`.
import { canonicalStateText } from "./state-value.js";

const BIGINT_OPEN = '{"$bigint":"';
const BYTES_OPEN = '{"$bytes":"';
const CLOSE_TAGGED = '"}';

/** A failure of the fast walk (a value that is not plain data, or an array hole): the caller redoes it as text. */
class NotFastPath extends Error {}

/**
 * The bytes of large nested protobuf messages, by object. Stored values are immutable, and a block often stores a new
 * value around large messages it read from state, e.g. each block's HistoricalInfo around the same validators, whose
 * bytes are then written again. Only large ones are kept, and only a few hundred (a cache of every object would
 * retain far more than it saves).
 */
const largeMessages = new Map<object, Uint8Array>();
const LARGE_MESSAGE_BYTES = 512;
const LARGE_MESSAGES_KEPT = 256;

/** A growing byte buffer, reused from one use to the next (the app hash is computed synchronously). */
export class ByteSink {
  private buffer = Buffer.allocUnsafe(64 * 1024);
  private length = 0;

  /** Empties the sink (keeping its memory). */
  reset(): void {
    this.length = 0;
  }

  /** The bytes written so far (a view, valid until the next write). */
  view(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }

  byte(value: number): void {
    this.reserve(1);
    this.buffer[this.length++] = value;
  }

  /** A string known to be ASCII (digits, base64, fixed markup). */
  ascii(text: string): void {
    this.reserve(text.length);
    const buffer = this.buffer;
    let at = this.length;
    for (let i = 0; i < text.length; i++) buffer[at++] = text.charCodeAt(i);
    this.length = at;
  }

  /** Any string, UTF-8 encoded (lone surrogates become U+FFFD, as `hash.update(string)` encodes them). */
  utf8(text: string): void {
    this.reserve(text.length * 3);
    this.length += this.buffer.write(text, this.length, "utf8");
  }

  bytes(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** A string as JSON.stringify quotes it. */
  jsonString(text: string): void {
    // Fast path: printable ASCII without a quote or backslash needs no escaping.
    this.reserve(text.length + 2);
    const buffer = this.buffer;
    const start = this.length;
    let at = start;
    buffer[at++] = 0x22;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x20 || c > 0x7e || c === 0x22 || c === 0x5c) {
        this.length = start;
        this.utf8(JSON.stringify(text));
        return;
      }
      buffer[at++] = c;
    }
    buffer[at++] = 0x22;
    this.length = at;
  }

  /** Where the next byte goes (to take back what was written since). */
  get position(): number {
    return this.length;
  }

  /** Drops everything written after `position`. */
  truncate(position: number): void {
    this.length = position;
  }

  /** A copy of the bytes written since `position`. */
  copySince(position: number): Uint8Array {
    return Uint8Array.prototype.slice.call(this.buffer, position, this.length);
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + extra));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }
}

/**
 * Writes the UTF-8 of `canonicalStateText(value, path)` into `sink`; throws what it throws for values that are not
 * plain data.
 */
export function writeCanonicalState(sink: ByteSink, value: unknown, path: string): void {
  const start = sink.position;
  try {
    writeValue(sink, value, false);
  } catch (error) {
    if (!(error instanceof NotFastPath)) throw error;
    // Rare (array holes, or a value that is not plain data): the text function knows these cases, errors included.
    sink.truncate(start);
    sink.utf8(canonicalStateText(value, path));
  }
}

function writeValue(sink: ByteSink, value: unknown, nested: boolean): void {
  switch (typeof value) {
    case "string":
      sink.jsonString(value);
      return;
    case "boolean":
      sink.ascii(value ? "true" : "false");
      return;
    case "number":
      if (!Number.isFinite(value)) throw new NotFastPath();
      sink.ascii(String(value));
      return;
    case "bigint":
      sink.ascii(BIGINT_OPEN);
      sink.ascii(value.toString());
      sink.ascii(CLOSE_TAGGED);
      return;
    case "object": {
      if (value === null) {
        sink.ascii("null");
        return;
      }
      if (value instanceof Uint8Array) {
        sink.ascii(BYTES_OPEN);
        sink.ascii(Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("base64"));
        sink.ascii(CLOSE_TAGGED);
        return;
      }
      if (Array.isArray(value)) {
        sink.byte(0x5b);
        for (let i = 0; i < value.length; i++) {
          if (!(i in value)) throw new NotFastPath();
          if (i > 0) sink.byte(0x2c);
          writeValue(sink, value[i], true);
        }
        sink.byte(0x5d);
        return;
      }
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) throw new NotFastPath();
      const message = nested && typeof (value as { $typeName?: unknown }).$typeName === "string";
      if (message) {
        const cached = largeMessages.get(value);
        if (cached !== undefined) {
          sink.bytes(cached);
          return;
        }
      }
      const start = sink.position;
      sink.byte(0x7b);
      let first = true;
      for (const key in value) {
        const item = (value as Record<string, unknown>)[key];
        if (item === undefined) continue;
        if (!first) sink.byte(0x2c);
        first = false;
        sink.jsonString(key);
        sink.byte(0x3a);
        writeValue(sink, item, true);
      }
      sink.byte(0x7d);
      if (message && sink.position - start >= LARGE_MESSAGE_BYTES) {
        if (largeMessages.size >= LARGE_MESSAGES_KEPT) largeMessages.clear();
        largeMessages.set(value, sink.copySince(start));
      }
      return;
    }
    default:
      throw new NotFastPath();
  }
}
