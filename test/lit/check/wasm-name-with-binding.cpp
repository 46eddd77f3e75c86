// err_wasm_name_with_binding: clang::export_name, clang::import_name and clang::import_module (in
// either spelling) name the wasm function that a jsinterop binding names itself.
// RUN: %verify %s
#include <jsinterop/jsinterop.h>
#include <string_view>

[[jsinterop::export, clang::export_name("other")]] int a() { return 1; } // expected-error {{'export_name' cannot be combined with jsinterop::export, which names the wasm export itself}}
__attribute__((export_name("other2"))) [[jsinterop::export]] int b() { return 1; } // expected-error {{'export_name' cannot be combined with jsinterop::export, which names the wasm export itself}}
[[jsinterop::import("c"), clang::import_name("c")]] int c(); // expected-error {{'import_name' cannot be combined with jsinterop::import, which names the wasm import itself}}
[[jsinterop::import("d")]] __attribute__((import_module("env"))) void d(); // expected-error {{'import_module' cannot be combined with jsinterop::import}}
// Both on one import: each is reported. An export with an import's attribute, too.
[[jsinterop::import("e"), clang::import_module("m"), clang::import_name("n")]] void e(); // expected-error {{'import_module' cannot be combined}} expected-error {{'import_name' cannot be combined}}
[[jsinterop::export, clang::import_name("f")]] void f() {} // expected-error {{'import_name' cannot be combined with jsinterop::export}}
// On another declaration of the function, before or after the binding's.
[[clang::export_name("g")]] int g(); // expected-error {{'export_name' cannot be combined with jsinterop::export}}
[[jsinterop::export]] int g() { return 1; }
[[jsinterop::import("h")]] void h(std::string_view);
[[clang::import_name("h")]] void h(std::string_view); // expected-error {{'import_name' cannot be combined with jsinterop::import}}

// Valid: those attributes on functions that are not bindings.
[[clang::export_name("ok1")]] int ok1() { return 1; }
[[clang::import_module("env"), clang::import_name("ok2")]] int ok2();
