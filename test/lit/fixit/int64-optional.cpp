// err_int64_needs_marshal_as fix-its on std::optional<std::int64_t>: the marshal_as type is the
// element's ("number" or "bigint"; an empty optional is null either way).
// RUN: not %cxx -fsyntax-only -fdiagnostics-parseable-fixits %s 2>&1 | FileCheck %s
// RUN: cp %s %t.number.cpp && cp %s %t.bigint.cpp
// RUN: not %cxx -fsyntax-only -fdiagnostics-parseable-fixits %t.number.cpp 2>&1 | %apply-fixits --choose number
// RUN: not %cxx -fsyntax-only -fdiagnostics-parseable-fixits %t.bigint.cpp 2>&1 | %apply-fixits --choose bigint
// RUN: %cxx -fsyntax-only -Werror %t.number.cpp
// RUN: %cxx -fsyntax-only -Werror %t.bigint.cpp
// RUN: FileCheck %s --check-prefix=NUMBER --input-file=%t.number.cpp --match-full-lines
// RUN: FileCheck %s --check-prefix=BIGINT --input-file=%t.bigint.cpp --match-full-lines
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <optional>

// CHECK: int64-optional.cpp:[[@LINE+5]]:{{[0-9]+}}: error: parameter 'id' of 'find' has type 'std::optional<std::int64_t>'
// CHECK: note: marshal_as("number") passes a number
// CHECK: fix-it:"{{.*}}":{[[@LINE+3]]:37-[[@LINE+3]]:37}:"{{\[\[}}jsinterop::marshal_as(\"number\")]] "
// CHECK: note: marshal_as("bigint") passes a BigInt, exact
// CHECK: fix-it:"{{.*}}":{[[@LINE+1]]:37-[[@LINE+1]]:37}:"{{\[\[}}jsinterop::marshal_as(\"bigint\")]] "
[[jsinterop::import("f")]] int find(std::optional<std::int64_t> id);
// NUMBER: {{\[\[}}jsinterop::import("f")]] int find({{\[\[}}jsinterop::marshal_as("number")]] std::optional<std::int64_t> id);
// BIGINT: {{\[\[}}jsinterop::import("f")]] int find({{\[\[}}jsinterop::marshal_as("bigint")]] std::optional<std::int64_t> id);

// CHECK: int64-optional.cpp:[[@LINE+3]]:23: error: the return value of 'last_id' has type 'std::optional<std::int64_t>'
// CHECK: fix-it:"{{.*}}":{[[@LINE+2]]:23-[[@LINE+2]]:23}:"{{\[\[}}jsinterop::marshal_as(\"number\")]] "
// CHECK: fix-it:"{{.*}}":{[[@LINE+1]]:23-[[@LINE+1]]:23}:"{{\[\[}}jsinterop::marshal_as(\"bigint\")]] "
[[jsinterop::export]] std::optional<std::int64_t> last_id() { return std::nullopt; }
// NUMBER: {{\[\[}}jsinterop::export]] {{\[\[}}jsinterop::marshal_as("number")]] std::optional<std::int64_t> last_id() { return std::nullopt; }
// BIGINT: {{\[\[}}jsinterop::export]] {{\[\[}}jsinterop::marshal_as("bigint")]] std::optional<std::int64_t> last_id() { return std::nullopt; }
