// err_int64_needs_marshal_as fix-its on a return value: the marshal_as attribute goes before the
// declaration's specifiers (after the import's own attribute), where it applies to the function.
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

// CHECK: int64-result.cpp:[[@LINE+5]]:30: error: the return value of 'now_ms' has type 'std::int64_t'
// CHECK: int64-result.cpp:[[@LINE+4]]:30: note: marshal_as("number") passes a number
// CHECK: fix-it:"{{.*}}int64-result.cpp":{[[@LINE+3]]:30-[[@LINE+3]]:30}:"{{\[\[}}jsinterop::marshal_as(\"number\")]] "
// CHECK: int64-result.cpp:[[@LINE+2]]:30: note: marshal_as("bigint") passes a BigInt, exact
// CHECK: fix-it:"{{.*}}int64-result.cpp":{[[@LINE+1]]:30-[[@LINE+1]]:30}:"{{\[\[}}jsinterop::marshal_as(\"bigint\")]] "
[[jsinterop::import("now")]] std::int64_t now_ms();
// NUMBER: {{\[\[}}jsinterop::import("now")]] {{\[\[}}jsinterop::marshal_as("number")]] std::int64_t now_ms();
// BIGINT: {{\[\[}}jsinterop::import("now")]] {{\[\[}}jsinterop::marshal_as("bigint")]] std::int64_t now_ms();

// A static member export: the attribute goes before the whole member declaration.
struct Clock {
  // CHECK: fix-it:"{{.*}}":{[[@LINE+2]]:3-[[@LINE+2]]:3}:"{{\[\[}}jsinterop::marshal_as(\"number\")]] "
  // CHECK: fix-it:"{{.*}}":{[[@LINE+1]]:3-[[@LINE+1]]:3}:"{{\[\[}}jsinterop::marshal_as(\"bigint\")]] "
  [[jsinterop::export]] static unsigned long long ticks() { return 0; }
  // NUMBER: {{\[\[}}jsinterop::marshal_as("number")]] {{\[\[}}jsinterop::export]] static unsigned long long ticks() { return 0; }
  // BIGINT: {{\[\[}}jsinterop::marshal_as("bigint")]] {{\[\[}}jsinterop::export]] static unsigned long long ticks() { return 0; }
};
