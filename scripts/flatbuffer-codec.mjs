/**
 * A small FlatBuffers reader and writer driven by a schema table, for scripts/face-model-metadata.mjs.
 *
 * The writer lays bytes out the way the reference Python `flatbuffers` Builder and its generated object API do
 * (children before parents, fields added in declaration order, defaults omitted, vtables shared when their field
 * offsets match), because the TFLite metadata tools repack whole models that way and we want their exact output.
 *
 * Schema: { TableName: [field, ...] } where a field is [name, type, default?] and type is a scalar name
 * ("bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "float32"), "string",
 * { vector: scalar | "string" | TableName }, { table: TableName } or { union: { typeId: TableName } }.
 * A union takes two field ids (its type, then its value) and reads as { type, value }.
 */

const SCALARS = {
  bool: [1, (view, at) => view.getUint8(at) !== 0, (view, at, value) => view.setUint8(at, value ? 1 : 0)],
  int8: [1, (view, at) => view.getInt8(at), (view, at, value) => view.setInt8(at, value)],
  uint8: [1, (view, at) => view.getUint8(at), (view, at, value) => view.setUint8(at, value)],
  int16: [2, (view, at) => view.getInt16(at, true), (view, at, value) => view.setInt16(at, value, true)],
  uint16: [2, (view, at) => view.getUint16(at, true), (view, at, value) => view.setUint16(at, value, true)],
  int32: [4, (view, at) => view.getInt32(at, true), (view, at, value) => view.setInt32(at, value, true)],
  uint32: [4, (view, at) => view.getUint32(at, true), (view, at, value) => view.setUint32(at, value, true)],
  int64: [8, (view, at) => view.getBigInt64(at, true), (view, at, value) => view.setBigInt64(at, BigInt(value), true)],
  uint64: [8, (view, at) => view.getBigUint64(at, true), (view, at, value) => view.setBigUint64(at, BigInt(value), true)],
  float32: [4, (view, at) => view.getFloat32(at, true), (view, at, value) => view.setFloat32(at, value, true)],
};

/** Field ids: a union's type occupies the id before its value. */
function layout(fields) {
  let id = 0;
  return fields.map(([name, type, fallback]) => {
    const entry = { name, type, fallback, id };
    id += typeof type === "object" && type.union ? 2 : 1;
    return entry;
  });
}

export function readRoot(bytes, schema, rootTable) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const target = (at) => at + view.getUint32(at, true);
  const readString = (at) => new TextDecoder().decode(bytes.subarray(at + 4, at + 4 + view.getUint32(at, true)));

  function readVector(at, element) {
    const count = view.getUint32(at, true);
    const start = at + 4;
    if (SCALARS[element]) {
      const [size, read] = SCALARS[element];
      if (element === "uint8") return bytes.slice(start, start + count);
      return Array.from({ length: count }, (_, index) => read(view, start + index * size));
    }
    return Array.from({ length: count }, (_, index) => {
      const slot = start + index * 4;
      return element === "string" ? readString(target(slot)) : readTable(target(slot), element);
    });
  }

  function readTable(at, tableName) {
    const fields = layout(schema[tableName]);
    const vtable = at - view.getInt32(at, true);
    const slots = (view.getUint16(vtable, true) - 4) / 2;
    const offsetOf = (id) => (id < slots ? view.getUint16(vtable + 4 + id * 2, true) : 0);
    const known = fields.reduce((count, field) => count + (typeof field.type === "object" && field.type.union ? 2 : 1), 0);
    for (let id = known; id < slots; id++) {
      if (offsetOf(id) !== 0) throw new Error(`${tableName} has field ${id}, which this schema does not know`);
    }
    const object = {};
    for (const { name, type, fallback, id } of fields) {
      if (typeof type === "string" && SCALARS[type]) {
        const offset = offsetOf(id);
        object[name] = offset ? SCALARS[type][1](view, at + offset) : (fallback ?? (type.endsWith("64") ? 0n : type === "bool" ? false : 0));
        continue;
      }
      const offset = type.union ? offsetOf(id + 1) : offsetOf(id);
      if (!offset) {
        object[name] = null;
      } else if (type === "string") {
        object[name] = readString(target(at + offset));
      } else if (type.vector) {
        object[name] = readVector(target(at + offset), type.vector);
      } else if (type.table) {
        object[name] = readTable(target(at + offset), type.table);
      } else {
        const unionType = view.getUint8(at + offsetOf(id));
        const member = type.union[unionType];
        if (!member) throw new Error(`${tableName}.${name}: union type ${unionType} is not in this schema`);
        object[name] = { type: unionType, value: readTable(target(at + offset), member) };
      }
    }
    return object;
  }

  return readTable(view.getUint32(0, true), rootTable);
}

/** Writes back to front, as every FlatBuffers builder does; see the module comment for why this layout. */
class Builder {
  constructor() {
    this.bytes = new Uint8Array(1024);
    this.head = this.bytes.length;
    this.minAlign = 1;
    this.vtables = new Map();
    this.current = null;
  }
  offset() {
    return this.bytes.length - this.head;
  }
  view() {
    return new DataView(this.bytes.buffer);
  }
  grow(needed) {
    while (this.head < needed) {
      const larger = new Uint8Array(this.bytes.length * 2);
      larger.set(this.bytes, larger.length - this.bytes.length);
      this.head += larger.length - this.bytes.length;
      this.bytes = larger;
    }
  }
  prep(size, additional) {
    if (size > this.minAlign) this.minAlign = size;
    const padding = (-(this.offset() + additional)) & (size - 1);
    this.grow(padding + size + additional);
    this.head -= padding; // the buffer is zero-filled, so padding needs no writes
  }
  place(type, value) {
    const [size, , write] = SCALARS[type];
    this.head -= size;
    write(this.view(), this.head, value);
  }
  prepend(type, value) {
    this.prep(SCALARS[type][0], 0);
    this.place(type, value);
  }
  prependOffset(target) {
    this.prep(4, 0);
    this.place("uint32", this.offset() - target + 4);
  }
  startVector(elementSize, count, alignment) {
    this.prep(4, elementSize * count);
    this.prep(alignment, elementSize * count);
  }
  endVector(count) {
    this.place("uint32", count);
    return this.offset();
  }
  createString(text) {
    const encoded = new TextEncoder().encode(text);
    this.prep(4, encoded.length + 1);
    this.place("uint8", 0);
    this.grow(encoded.length);
    this.head -= encoded.length;
    this.bytes.set(encoded, this.head);
    return this.endVector(encoded.length);
  }
  startTable(slots) {
    this.current = new Array(slots).fill(0);
    this.tableEnd = this.offset();
  }
  slot(id) {
    this.current[id] = this.offset();
  }
  endTable() {
    this.prepend("int32", 0);
    const tableStart = this.offset();
    let used = this.current.length;
    while (used > 0 && this.current[used - 1] === 0) used--;
    const fieldOffsets = this.current.slice(0, used).map((at) => (at ? tableStart - at : 0));
    const key = fieldOffsets.join(",");
    const existing = this.vtables.get(key);
    if (existing === undefined) {
      for (let id = used - 1; id >= 0; id--) this.prepend("uint16", fieldOffsets[id]);
      this.prepend("uint16", tableStart - this.tableEnd);
      this.prepend("uint16", (used + 2) * 2);
      this.view().setInt32(this.bytes.length - tableStart, this.offset() - tableStart, true);
      this.vtables.set(key, this.offset());
    } else {
      this.head = this.bytes.length - tableStart;
      this.view().setInt32(this.head, existing - tableStart, true);
    }
    this.current = null;
    return tableStart;
  }
  finish(root, identifier) {
    this.prep(this.minAlign, 8);
    this.prep(4, 4);
    for (let index = 3; index >= 0; index--) this.place("uint8", identifier.charCodeAt(index));
    this.prependOffset(root);
    return this.bytes.slice(this.head);
  }
}

/** Serialises `object` (shaped as readRoot returns it) with `identifier` as the file identifier. */
export function writeRoot(object, schema, rootTable, identifier) {
  const builder = new Builder();

  function writeVector(values, element) {
    if (element === "uint8") {
      builder.startVector(1, values.length, 1);
      builder.head -= values.length;
      builder.bytes.set(values, builder.head);
      return builder.endVector(values.length);
    }
    if (SCALARS[element]) {
      const size = SCALARS[element][0];
      builder.startVector(size, values.length, size);
      for (let index = values.length - 1; index >= 0; index--) builder.prepend(element, values[index]);
      return builder.endVector(values.length);
    }
    const offsets = values.map((value) => (element === "string" ? builder.createString(value) : writeTable(value, element)));
    builder.startVector(4, offsets.length, 4);
    for (let index = offsets.length - 1; index >= 0; index--) builder.prependOffset(offsets[index]);
    return builder.endVector(offsets.length);
  }

  function writeTable(value, tableName) {
    const fields = layout(schema[tableName]);
    const children = new Map();
    for (const { name, type } of fields) {
      const field = value[name];
      if (field === null || field === undefined || SCALARS[type]) continue;
      if (type === "string") children.set(name, builder.createString(field));
      else if (type.vector) children.set(name, writeVector(field, type.vector));
      else if (type.table) children.set(name, writeTable(field, type.table));
      else children.set(name, writeTable(field.value, type.union[field.type]));
    }
    const last = fields.at(-1);
    builder.startTable(last ? last.id + (typeof last.type === "object" && last.type.union ? 2 : 1) : 0);
    for (const { name, type, fallback, id } of fields) {
      const field = value[name];
      if (SCALARS[type]) {
        const implicit = fallback ?? (type.endsWith("64") ? 0n : type === "bool" ? false : 0);
        if (field === undefined || field === implicit) continue;
        builder.prepend(type, field);
        builder.slot(id);
      } else if (children.has(name)) {
        if (type.union) {
          builder.prepend("uint8", field.type);
          builder.slot(id);
        }
        builder.prependOffset(children.get(name));
        builder.slot(type.union ? id + 1 : id);
      }
    }
    return builder.endTable();
  }

  return builder.finish(writeTable(object, rootTable), identifier);
}
