// err_int64_needs_marshal_as fix-its on std::vector<std::int64_t>: the marshal_as type is
// "array<number>" or "array<bigint>"; a const reference gets the same fix as a value.
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
#include <vector>

// CHECK: int64-vector.cpp:[[@LINE+5]]:{{[0-9]+}}: error: parameter 'ids' of 'sum' has type 'const std::vector<std::int64_t> &'
// CHECK: note: marshal_as("array<number>") passes a number
// CHECK: fix-it:"{{.*}}":{[[@LINE+3]]:37-[[@LINE+3]]:37}:"{{\[\[}}jsinterop::marshal_as(\"array<number>\")]] "
// CHECK: note: marshal_as("array<bigint>") passes a BigInt, exact
// CHECK: fix-it:"{{.*}}":{[[@LINE+1]]:37-[[@LINE+1]]:37}:"{{\[\[}}jsinterop::marshal_as(\"array<bigint>\")]] "
[[jsinterop::import("s")]] void sum(const std::vector<std::int64_t> &ids);
// NUMBER: {{\[\[}}jsinterop::import("s")]] void sum({{\[\[}}jsinterop::marshal_as("array<number>")]] const std::vector<std::int64_t> &ids);
// BIGINT: {{\[\[}}jsinterop::import("s")]] void sum({{\[\[}}jsinterop::marshal_as("array<bigint>")]] const std::vector<std::int64_t> &ids);

// CHECK: int64-vector.cpp:[[@LINE+3]]:23: error: the return value of 'ids' has type 'std::vector<long long>'
// CHECK: fix-it:"{{.*}}":{[[@LINE+2]]:23-[[@LINE+2]]:23}:"{{\[\[}}jsinterop::marshal_as(\"array<number>\")]] "
// CHECK: fix-it:"{{.*}}":{[[@LINE+1]]:23-[[@LINE+1]]:23}:"{{\[\[}}jsinterop::marshal_as(\"array<bigint>\")]] "
[[jsinterop::export]] std::vector<long long> ids() { return {}; }
// NUMBER: {{\[\[}}jsinterop::export]] {{\[\[}}jsinterop::marshal_as("array<number>")]] std::vector<long long> ids() { return {}; }
// BIGINT: {{\[\[}}jsinterop::export]] {{\[\[}}jsinterop::marshal_as("array<bigint>")]] std::vector<long long> ids() { return {}; }
