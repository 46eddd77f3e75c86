// C++ classes as JS classes (docs/js-api.md, "Exported classes and value objects"): the JS classes of a
// module's exported classes, whose instances each own a C++ object on the wasm heap; the shapes of
// its value objects; and when C++ objects are destroyed (dispose(), a FinalizationRegistry, and the
// deferral that keeps an object a running call borrows alive). One ClassTable per instance: rt.classes.
import { InstanceBase, OWNER } from './call-sites.js';
import { messageOf } from './format.js';
import { describeValue, misfit } from './wire.js';

// Only this file makes an instance from a C++ address (new Class(ADOPT, pointer)), and only the
// classes it makes extend Instance (BASE): neither symbol leaves this file.
const ADOPT = Symbol('adopt');
const BASE = Symbol('base');

// What every exported class's JS class extends. InstanceBase (generated with the method copies,
// call-sites.js) holds the C++ address and the class in private fields: no JS code can forge them.
class Instance extends InstanceBase {
  #cell; // what the class's FinalizationRegistry holds

  constructor(token, type, args) {
    if (token !== BASE) throw new TypeError('Illegal constructor');
    super();
    const pointer = args[0] === ADOPT ? args[1] : type.construct(args);
    InstanceBase.own(OWNER, this, type, pointer);
    this.#cell = type.track(this, pointer);
  }

  // Runs the C++ destructor (now, or, when a call that may borrow the object runs, once it has
  // returned); a second dispose() does nothing.
  dispose() {
    const type = typeOf(this);
    if (InstanceBase.pointerOf(this, type) === 0) return;
    InstanceBase.own(OWNER, this, type, 0);
    type.release(this.#cell);
  }

  get isDisposed() {
    return InstanceBase.pointerOf(this, typeOf(this)) === 0;
  }
}

// The class of `value`, an instance; else a TypeError (dispose() called on another object).
function typeOf(value) {
  const type = InstanceBase.typeOf(value);
  if (type === null) throw new TypeError('not an instance of an exported class');
  return type;
}

if (typeof Symbol.dispose === 'symbol') {
  Object.defineProperty(Instance.prototype, Symbol.dispose, { value: Instance.prototype.dispose, configurable: true });
}

// What an export's argument that is an instance crosses as (wire.js copyIn): its address when the
// call started. C++ may take it from an array after JS code has disposed the instance; the object
// then lives until the call returns (ClassTable.destroy).
class Snapshot {
  #type;

  static pointerOf(value, type) {
    return typeof value === 'object' && value !== null && #type in value && value.#type === type ? value.pointer : -1;
  }

  constructor(type, pointer) {
    this.#type = type;
    this.pointer = pointer;
  }
}

// An exported class: its JS class, how an instance is made, tracked and destroyed.
class ClassType {
  constructor(table, { path }) {
    this.table = table;
    this.path = path;
    this.destroy = null; // (pointer) => void, from the class's record (attach); at destroyIndex in the table
    this.destroyIndex = 0;
    this.construct = () => {
      throw new TypeError(`${path} has no exported constructor`);
    };
    const type = this;
    this.Class = class extends Instance {
      constructor(...args) {
        super(BASE, type, args);
      }
    };
    Object.defineProperty(this.Class, 'name', { value: path.slice(path.lastIndexOf('.') + 1) });
    // String(instance) and V8's messages say `[object geo.Polygon]`.
    Object.defineProperty(this.Class.prototype, Symbol.toStringTag, { value: path, configurable: true });
    // An instance JS dropped without dispose() is destroyed once collected.
    this.registry = new FinalizationRegistry((cell) => cell.pointer !== 0 && table.collected(type, cell.pointer));
  }

  adopt(pointer) {
    return new this.Class(ADOPT, pointer >>> 0);
  }

  // The registry holds a cell of the address, which dispose() empties: cheaper than an unregister
  // token (a weak reference per instance) and unregister().
  track(instance, pointer) {
    const cell = { pointer };
    this.registry.register(instance, cell);
    return cell;
  }

  release(cell) {
    const { pointer } = cell;
    cell.pointer = 0;
    this.table.destroy(this, pointer);
  }

  // The address an argument crosses as: of a live instance of this class or of its snapshot; 0 for a
  // disposed one, -1 for any other value.
  pointerIn(value) {
    const pointer = Snapshot.pointerOf(value, this);
    return pointer === -1 ? InstanceBase.pointerOf(value, this) : pointer;
  }

  snapshot(value) {
    const pointer = InstanceBase.pointerOf(value, this);
    return pointer > 0 ? new Snapshot(this, pointer) : value;
  }
}

// A value object: its fields, in order, each with its wire type.
class ValueShape {
  #template = null;

  constructor({ path }, fields) {
    this.path = path;
    this.fields = fields;
  }

  // An object's fields, each read once (a getter, a Proxy), as the field's wire type copies it in,
  // into a FieldValues array; the same array again; any other value as it is, for accepts to refuse.
  copyIn(value, rt) {
    if (FieldValues.shapeOf(value) === this || !((typeof value === 'object' && value !== null) || typeof value === 'function')) {
      return value;
    }
    const copy = new FieldValues(this);
    for (const { name, wire } of this.fields) copy.push(wire.copyIn(value[name], rt));
    return copy;
  }

  accepts(value, rt) {
    return FieldValues.shapeOf(value) === this && this.#firstMisfit(value, rt) < 0;
  }

  explain(value, rt) {
    let fields = value;
    try {
      fields = this.copyIn(value, rt); // the C++ runtime's explain_misfit passes the object itself
    } catch (error) {
      return `a value that threw when read (${messageOf(error)})`;
    }
    if (FieldValues.shapeOf(fields) !== this) return describeValue(value);
    return this.#explainFields(fields, rt);
  }

  #explainFields(value, rt) {
    const index = this.#firstMisfit(value, rt);
    return `an object whose field '${this.fields[index].name}' is ${misfit(this.fields[index].wire, value[index], rt)}`;
  }

  // C++ -> JS: a plain object of the field values (`values`, in field order), own data properties:
  // a copy of a template that has them (a spread defines them, as no assignment to a new object
  // would if Object.prototype had a setter of that name), then each assigned.
  object(values) {
    this.#template ??= Object.fromEntries(this.fields.map(({ name }) => [name, undefined]));
    const object = { ...this.#template };
    const { fields } = this;
    for (let index = 0; index < fields.length; index++) object[fields[index].name] = values[index];
    return object;
  }

  #firstMisfit(values, rt) {
    return this.fields.findIndex(({ wire }, index) => !wire.accepts(values[index], rt));
  }
}

// The field values JS read from a value object, which C++ takes one by one (array_get): an array
// that says whose fields it holds.
class FieldValues extends Array {
  #shape;

  static shapeOf(value) {
    return typeof value === 'object' && value !== null && #shape in value ? value.#shape : null;
  }

  constructor(shape) {
    super();
    this.#shape = shape;
  }
}

// The classes and value objects of one instance, by JS path and by class key (`@key`, as the C++
// runtime spells them), and the destruction of C++ objects.
export class ClassTable {
  #rt;
  #byRef = new Map();
  #byKey = new Map();
  // Borrow safety: an instance disposed while a call that may borrow it runs is destroyed once the
  // call has returned. In wasm, the runtime library counts those calls (call_export and the plugin's
  // trampolines open a borrow_scope) and jsinterop_dispose_instance defers what they borrow
  // (#dispose), which a microtask then destroys (#runDeferred). In JS, borrows covers what wasm cannot see: an export's arguments being
  // checked and copied in (a getter or a Proxy may dispose an instance an earlier argument holds), and
  // every borrowing call when the library does not count (an older one: then the method copies, which
  // count nothing, are not used). borrows.state: 0 idle, 1 while such a call runs, 2 once an instance
  // was disposed meanwhile, then in borrows.deferred as [type, pointer, ...] until the outermost
  // returns (settle); the outermost call sets and clears it, a call inside it does not write it.
  borrows = { state: 0, deferred: [] };
  #dispose = null; // the runtime library's jsinterop_dispose_instance(pointer, destroy index), if it has it

  // classes: abi.js readBindings' classes.
  constructor(classes, rt) {
    this.#rt = rt;
    for (const { descriptor, fields } of classes) {
      const made = descriptor.kind === 'class' ? new ClassType(this, descriptor) : new ValueShape(descriptor, fields);
      this.#byRef.set(descriptor.path, made);
    }
  }

  // The records of the classes and value objects (abi.js readExportRecords): their keys, and how to
  // destroy an instance.
  attach(records) {
    const dispose = this.#rt.heap.exports?.jsinterop_dispose_instance;
    this.#dispose = typeof dispose === 'function' ? dispose : null;
    for (const { descriptor, destroy, destroyIndex, key } of records) {
      const made = this.#byRef.get(descriptor.path);
      if (made instanceof ClassType) Object.assign(made, { destroy, destroyIndex });
      this.#byRef.set(`@${key}`, made);
      this.#byKey.set(key, made);
    }
  }

  // The destructions jsinterop_dispose_instance deferred while a borrowing call ran.
  #runDeferred() {
    const rt = this.#rt;
    if (rt.isDead) return;
    try {
      rt.heap.exports.jsinterop_run_deferred_destructions();
    } catch (error) {
      rt.asyncFailure(error, 'the destruction of instances disposed during a call');
    }
  }

  // Whether the runtime library keeps borrow safety during the wasm call (#dispose).
  get borrowsInWasm() {
    return this.#dispose !== null;
  }

  // The class or value object of a key, as the intrinsics name them (no string made per call).
  keyed(key) {
    return this.#byKey.get(key >>> 0) ?? this.#find(`@${key >>> 0}`, Object, 'class key');
  }

  // The exported classes, as [path, JS class], outer ones first (geo.Polygon before geo.Polygon.Edge).
  get exported() {
    return [...this.#byRef]
      .filter(([ref, made]) => ref[0] !== '@' && made instanceof ClassType)
      .map(([path, type]) => [path, type.Class])
      .sort(([a], [b]) => a.split('.').length - b.split('.').length);
  }

  type(ref) {
    return this.#find(ref, ClassType, 'exported class');
  }

  shape(ref) {
    return this.#find(ref, ValueShape, 'value object');
  }

  // `spelling` with each `@key` replaced by its class's path, for messages.
  spelled(spelling) {
    return spelling.replace(/@\d+/g, (ref) => this.#byRef.get(ref)?.path ?? ref);
  }

  // How messages show a value that is not the instance expected.
  describe(value) {
    const type = InstanceBase.typeOf(value);
    if (type === null) return describeValue(value);
    return `a ${InstanceBase.pointerOf(value, type) === 0 ? 'disposed ' : ''}${type.path}`;
  }

  // For the method `path` of class `ref`: its type; self(value), the address of `value`, a live
  // instance of it, or else throws notSelf(pointerOf's answer), the TypeError.
  receiver(ref, path) {
    const type = this.type(ref);
    const notSelf = (pointer) =>
      new TypeError(pointer === 0 ? `${path}: called on a disposed ${type.path}` : `${path}: 'this' is not a ${type.path}`);
    const self = (value) => {
      const pointer = InstanceBase.pointerOf(value, type);
      if (pointer > 0) return pointer;
      throw notSelf(pointer);
    };
    return { type, self, notSelf };
  }

  // The C++ object of a disposed instance: destroyed now, or when no call that may borrow it runs.
  destroy(type, pointer) {
    if (this.borrows.state !== 0) {
      this.borrows.deferred.push(type, pointer);
      this.borrows.state = 2;
      return;
    }
    const rt = this.#rt;
    if (rt.isDead) return; // its memory goes with the instance
    try {
      // Now, or (1: the first deferred) from a microtask, when no export is on the stack.
      if (this.#dispose === null) type.destroy(pointer);
      else if (this.#dispose(pointer, type.destroyIndex) === 1) queueMicrotask(() => this.#runDeferred());
    } catch (error) {
      throw rt.failure(error, `the destruction of a ${type.path}`);
    }
  }

  // The outermost call that may borrow instances has returned: destroy those disposed meanwhile.
  settle() {
    this.borrows.state = 0;
    const deferred = this.borrows.deferred.splice(0);
    for (let at = 0; at < deferred.length; at += 2) this.destroy(deferred[at], deferred[at + 1]);
  }

  // From the event loop: an instance JS dropped without dispose() was collected.
  collected(type, pointer) {
    try {
      this.destroy(type, pointer);
    } catch (error) {
      this.#rt.asyncFailure(error, `the destruction of a collected ${type.path}`);
    }
  }

  #find(ref, Kind, what) {
    const made = this.#byRef.get(ref);
    if (made instanceof Kind) return made;
    throw new Error(`jsinterop: ${this.#rt.name} has no ${what} ${ref}`);
  }
}

// A class's members (export lines with "class"): the constructor ("call": "new") makes instances of
// the JS class, methods and accessors ("method", "get", "set": `exported`, a function of `this`) go
// on its prototype; statics and named constructors stay exports at their paths (buildExportTree puts
// them on the class). Returns whether the member was taken.
export function addMember(table, descriptor, exported) {
  const { call, path } = descriptor;
  const type = table.type(descriptor.class);
  const name = path.slice(path.lastIndexOf('.') + 1);
  const prototype = type.Class.prototype;
  switch (call) {
    case 'new':
      type.construct = (args) => Reflect.apply(exported, undefined, args);
      return true;
    case 'method':
      Object.defineProperty(exported, 'name', { value: name });
      Object.defineProperty(prototype, name, { value: exported, writable: true, configurable: true });
      return true;
    case 'get':
    case 'set': {
      const accessor = Object.getOwnPropertyDescriptor(prototype, name) ?? { configurable: true };
      accessor[call] = exported;
      Object.defineProperty(exported, 'name', { value: `${call} ${name}` });
      Object.defineProperty(prototype, name, accessor);
      return true;
    }
    default:
      return false;
  }
}
