// What binds a module's bindings to the JS runtime, in any host that instantiates it (index.js's
// instantiate(), and emcc's JS through emscripten.js): the import modules jsinterop and
// jsinterop.runtime, and the tree of exports.
import { IMPORT_MODULE, readExportRecords } from './abi.js';
import { ClassTable, addMember } from './classes.js';
import { buildExportTree, createExport } from './exports.js';
import { createImport } from './imports.js';
import { RUNTIME_MODULE, createIntrinsics } from './intrinsics.js';
import { wireTypes } from './wire.js';

export { IMPORT_MODULE, RUNTIME_MODULE };

// { jsinterop, 'jsinterop.runtime' }: the bindings' imports (abi.js readBindings) and the intrinsics.
// Makes runtime.classes, the module's classes and value objects, which imports and intrinsics use.
export function bindingImports(bindings, runtime) {
  runtime.classes = new ClassTable(bindings.classes, runtime);
  const jsinteropImports = {};
  for (const binding of bindings.imports) {
    jsinteropImports[binding.wasmName] = createImport(binding, runtime);
  }
  const intrinsics = createIntrinsics(runtime);
  for (const [field, intrinsic] of Object.entries(intrinsics)) {
    if (!RUNS_NO_JS.test(field)) intrinsics[field] = unwindIfEnded(intrinsic, runtime);
  }
  return { [IMPORT_MODULE]: jsinteropImports, [RUNTIME_MODULE]: intrinsics };
}

// app.exports: the direct exports and those of the export records, by JS path, and the exported
// classes, whose members (classes.js addMember) are on the class rather than at their paths.
export function exportTree(bindings, instanceExports, runtime, name) {
  const records = readExportRecords(instanceExports, name, bindings.lines);
  const { classes } = runtime;
  classes.attach(records.filter((record) => record.descriptor.kind !== 'export'));
  const functions = [];
  const add = (binding, wasmFunction) => {
    const { descriptor } = binding;
    // A constructor's result is the new C++ object's address, which the instance constructed adopts.
    const made = descriptor.call === 'new' ? { ...binding, result: wireTypes.pointer } : binding;
    const exported = createExport(made, wasmFunction, runtime);
    if (descriptor.class === undefined || !addMember(classes, descriptor, exported)) functions.push([descriptor.path, exported]);
  };
  for (const binding of bindings.exports) add(binding, instanceExports[binding.wasmName]);
  for (const record of records) {
    if (record.descriptor.kind === 'export') add(record, record.dispatch.bind(null, record.target));
  }
  return buildExportTree(functions, name, classes.exported);
}

// The intrinsics that run no JS code but the runtime's own (unbox_T and fits_T: T is a scalar, whose
// check and lowering read no property). The others can run any (a getter, a Proxy trap, a
// thenable's then, a JS function), which can end the instance (by calling a C++ callback that
// traps) and catch the error.
const RUNS_NO_JS =
  /^(release|duplicate|value_null|value_undefined|global_this|is_null|is_undefined|type_of|object_new|array_new|error_new|box_\w+|unbox_\w+|fits_\w+|array_from_memory_\w+|deferred_new|deferred_promise|function_new|function_lend|tasks_idle|instance_box|instance_pointer|value_object_new|fatal)$/;

// `f`, a function wasm calls, made to throw (so that wasm unwinds) rather than return into wasm
// once the JS code it ran ended the instance (docs/design.md, "What ends a program, and what it
// prints"); an error it throws then is replaced by what ended the instance. Without a rest
// parameter up to five parameters: some are called once per element of an array.
export function unwindIfEnded(f, runtime) {
  const failed = (error) => (runtime.isDead ? runtime.unwinding() : error);
  const left = (result) => {
    if (runtime.isDead) throw runtime.unwinding();
    return result;
  };
  switch (f.length) {
    case 0:
    case 1:
      return (a) => {
        try {
          return left(f(a));
        } catch (error) {
          throw failed(error);
        }
      };
    case 2:
      return (a, b) => {
        try {
          return left(f(a, b));
        } catch (error) {
          throw failed(error);
        }
      };
    default: // 3 to 5: no intrinsic takes more
      return (a, b, c, d, e) => {
        try {
          return left(f(a, b, c, d, e));
        } catch (error) {
          throw failed(error);
        }
      };
  }
}
