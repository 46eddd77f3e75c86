// warn_marshal_as_without_binding: a marshal_as on a function that is neither an import nor an
// export does nothing, which is almost certainly a forgotten attribute.
// RUN: %verify %s
#include <jsinterop/jsinterop.h>
#include <cstdint>

void forgot_import([[jsinterop::marshal_as("bigint")]] std::int64_t value); // expected-warning {{marshal_as has no effect: 'forgot_import' is neither a jsinterop import nor a jsinterop export}}
[[jsinterop::marshal_as("number")]] std::int64_t forgot_export() { return 1; } // expected-warning {{marshal_as has no effect: 'forgot_export' is neither}}

// Valid: on an import or an export.
[[jsinterop::import("f")]] void f([[jsinterop::marshal_as("bigint")]] std::int64_t value);
[[jsinterop::export, jsinterop::marshal_as("number")]] std::int64_t g() { return 1; }
