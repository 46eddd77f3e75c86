// err_int64_needs_marshal_as fix-its on a parameter: note_marshal_as_number and
// note_marshal_as_bigint each insert a marshal_as attribute before the parameter; either fix
// compiles.
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

// CHECK: int64-parameter.cpp:[[@LINE+5]]:58: error: parameter 'value' of 'log_value' has type 'std::int64_t'
// CHECK: int64-parameter.cpp:[[@LINE+4]]:45: note: marshal_as("number") passes a number
// CHECK: fix-it:"{{.*}}int64-parameter.cpp":{[[@LINE+3]]:45-[[@LINE+3]]:45}:"{{\[\[}}jsinterop::marshal_as(\"number\")]] "
// CHECK: int64-parameter.cpp:[[@LINE+2]]:45: note: marshal_as("bigint") passes a BigInt, exact
// CHECK: fix-it:"{{.*}}int64-parameter.cpp":{[[@LINE+1]]:45-[[@LINE+1]]:45}:"{{\[\[}}jsinterop::marshal_as(\"bigint\")]] "
[[jsinterop::import("log")]] void log_value(std::int64_t value);
// NUMBER: {{\[\[}}jsinterop::import("log")]] void log_value({{\[\[}}jsinterop::marshal_as("number")]] std::int64_t value);
// BIGINT: {{\[\[}}jsinterop::import("log")]] void log_value({{\[\[}}jsinterop::marshal_as("bigint")]] std::int64_t value);

// An unsigned one, unnamed, after another parameter, in an export: the same fix.
// CHECK: int64-parameter.cpp:[[@LINE+3]]:48: note: marshal_as("number")
// CHECK: fix-it:"{{.*}}":{[[@LINE+2]]:48-[[@LINE+2]]:48}:"{{\[\[}}jsinterop::marshal_as(\"number\")]] "
// CHECK: fix-it:"{{.*}}":{[[@LINE+1]]:48-[[@LINE+1]]:48}:"{{\[\[}}jsinterop::marshal_as(\"bigint\")]] "
[[jsinterop::export]] int count_bits(int bias, std::uint64_t) { return bias; }
// NUMBER: {{\[\[}}jsinterop::export]] int count_bits(int bias, {{\[\[}}jsinterop::marshal_as("number")]] std::uint64_t) { return bias; }
// BIGINT: {{\[\[}}jsinterop::export]] int count_bits(int bias, {{\[\[}}jsinterop::marshal_as("bigint")]] std::uint64_t) { return bias; }
