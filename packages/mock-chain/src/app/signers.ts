// Who must sign a message, read generically from the `cosmos.msg.v1.signer` option on its descriptor, as x/tx's
// signing context does: each named field is an address string, a list of them, or a message (or list of messages)
// whose own signer option names its address field (MsgMultiSend.inputs → Input.address).
import { type DescField, type DescMessage, getOption, hasOption, type Message } from "@bufbuild/protobuf";
import { signer } from "@persistence-sdk/proto/cosmos/msg/v1";

const namesCache = new WeakMap<DescMessage, readonly string[] | null>();

/** The signer field names of a message type, or undefined when it declares none. */
export function signerFieldNames(schema: DescMessage): readonly string[] | undefined {
  let names = namesCache.get(schema);
  if (names === undefined) {
    const declared = hasOption(schema, signer) ? getOption(schema, signer) : [];
    names = declared.length > 0 ? declared : null;
    namesCache.set(schema, names);
  }
  return names ?? undefined;
}

/** The addresses that must sign `message`, in field order, possibly with repeats. */
export function signersFromOption(schema: DescMessage, message: Message): string[] {
  const names = signerFieldNames(schema);
  if (names === undefined) {
    throw new Error(`${schema.typeName} has no cosmos.msg.v1.signer option: its handler must supply signers()`);
  }
  const out: string[] = [];
  for (const name of names) {
    const field = schema.fields.find((f) => f.name === name);
    if (field === undefined) throw new Error(`${schema.typeName}: signer field "${name}" does not exist`);
    collect(field, (message as unknown as Record<string, unknown>)[field.localName], out);
  }
  return out;
}

function collect(field: DescField, value: unknown, out: string[]): void {
  if (field.fieldKind === "scalar") {
    if (typeof value === "string") out.push(value);
  } else if (field.fieldKind === "list") {
    for (const item of (value as unknown[] | undefined) ?? []) {
      if (field.listKind === "scalar" && typeof item === "string") out.push(item);
      if (field.listKind === "message") out.push(...signersFromOption(field.message, item as Message));
    }
  } else if (field.fieldKind === "message" && value !== undefined) {
    out.push(...signersFromOption(field.message, value as Message));
  }
}
