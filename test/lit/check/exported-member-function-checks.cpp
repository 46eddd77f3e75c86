// err_binding_not_at_run_time, err_function_ref_not_import_parameter, err_wasm_name_with_binding: an
// exported member function of a class is checked as an exported function is: it exists when the program
// runs (not deleted, not consteval), takes no jsinterop::function_ref and carries no wasm name.
// RUN: %verify %s
#include <jsinterop/jsinterop.h>

struct [[jsinterop::export]] List {
  [[jsinterop::export]] List() {}
  [[jsinterop::export("of")]] List(int) = delete; // expected-error {{a jsinterop export must be a function that exists when the program runs, but 'List::List' is deleted}}
  [[jsinterop::export]] void clear() = delete; // expected-error {{a jsinterop export must be a function that exists when the program runs, but 'List::clear' is deleted}}
  [[jsinterop::export]] consteval int capacity() const { return 8; } // expected-error {{a jsinterop export must be a function that exists when the program runs, but 'List::capacity' is consteval}}
  [[jsinterop::export]] void each(jsinterop::function_ref<void(int)> visit) {} // expected-error {{parameter 'visit' of 'List::each' is a jsinterop::function_ref, which lends a C++ callable to JS for one import call only; an export receives JS functions as std::function}}
  [[jsinterop::export("from")]] List(jsinterop::function_ref<int()> next) {} // expected-error {{parameter 'next' of 'List::List' is a jsinterop::function_ref}}
  [[jsinterop::export, clang::export_name("size")]] int size() const { return 0; } // expected-error {{'export_name' cannot be combined with jsinterop::export, which names the wasm export itself}}

  // Valid: constexpr, and a std::function.
  [[jsinterop::export]] constexpr int limit() const { return 8; }
  [[jsinterop::export]] void for_each(std::function<void(int)> visit) {}
};
