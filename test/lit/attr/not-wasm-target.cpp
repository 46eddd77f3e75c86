// err_not_wasm_target: the plugin refuses any target but wasm32, with one error and no crash.
// RUN: not clang++ --target=x86_64-linux-gnu -fplugin=%plugin -fsyntax-only %s 2>&1 | FileCheck %s --check-prefix=X86 --implicit-check-not=error:
// RUN: not clang++ --target=wasm64-unknown-unknown -fplugin=%plugin -fsyntax-only %s 2>&1 | FileCheck %s --check-prefix=WASM64 --implicit-check-not=error:
// RUN: not clang++ --target=x86_64-linux-gnu -fplugin=%plugin -c %s -o %t.o 2>&1 | FileCheck %s --check-prefix=X86 --implicit-check-not=error:
// Valid: wasm32, with or without an OS.
// RUN: clang++ --target=wasm32-wasip1 -fplugin=%plugin -fsyntax-only -Werror %s
// RUN: clang++ --target=wasm32-unknown-unknown -fplugin=%plugin -fsyntax-only -Werror %s
//
// X86: error: the jsinterop plugin compiles for wasm32 only, not for 'x86_64-unknown-linux-gnu'; use jsinterop-clang++ or --target=wasm32-wasip1
// X86: 1 error generated.
// WASM64: error: the jsinterop plugin compiles for wasm32 only, not for 'wasm64-unknown-unknown'; use jsinterop-clang++ or --target=wasm32-wasip1
// WASM64: 1 error generated.
int plain(int x) { return x; }
