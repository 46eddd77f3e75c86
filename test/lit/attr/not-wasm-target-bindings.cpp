// err_not_wasm_target on a file that uses the attributes: the target error is the only one.
// RUN: not clang++ --target=x86_64-linux-gnu -fplugin=%plugin -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
// CHECK: error: the jsinterop plugin compiles for wasm32 only, not for 'x86_64-unknown-linux-gnu'
// CHECK: 1 error generated.
[[jsinterop::import("console.log")]] void log(int);
[[jsinterop::export]] int twice(int x) { return 2 * x; }
