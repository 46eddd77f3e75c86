// err_borrowed_task_parameter fix-its: each borrowed parameter of a task export is replaced by its
// owning type (std::string for a std::string_view, T for a const T&); the fixed file compiles.
// RUN: not %cxx -fsyntax-only -fdiagnostics-parseable-fixits %s 2>&1 | FileCheck %s
// RUN: cp %s %t.cpp
// RUN: not %cxx -fsyntax-only -fdiagnostics-parseable-fixits %t.cpp 2>&1 | %apply-fixits
// RUN: %cxx -fsyntax-only -Werror %t.cpp
// RUN: FileCheck %s --check-prefix=FIXED --input-file=%t.cpp --match-full-lines
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

using jsinterop::task;

// CHECK: fix-it:"{{.*}}borrowed-task-parameter.cpp":{[[@LINE+1]]:35-[[@LINE+1]]:52}:"std::string "
[[jsinterop::export]] task<int> a(std::string_view text) { co_return static_cast<int>(text.size()); }
// FIXED: {{\[\[}}jsinterop::export]] task<int> a(std::string text) { co_return static_cast<int>(text.size()); }
// CHECK: fix-it:"{{.*}}borrowed-task-parameter.cpp":{[[@LINE+1]]:36-[[@LINE+1]]:56}:"std::u16string "
[[jsinterop::export]] task<void> b(std::u16string_view text) { co_return; }
// FIXED: {{\[\[}}jsinterop::export]] task<void> b(std::u16string text) { co_return; }
// CHECK: fix-it:"{{.*}}borrowed-task-parameter.cpp":{[[@LINE+1]]:35-[[@LINE+1]]:67}:"std::vector<std::string> "
[[jsinterop::export]] task<int> c(const std::vector<std::string> &items, int n) { co_return n; }
// FIXED: {{\[\[}}jsinterop::export]] task<int> c(std::vector<std::string> items, int n) { co_return n; }
// East const, an unnamed parameter, a marshal_as kept in front of the type.
// CHECK: fix-it:"{{.*}}borrowed-task-parameter.cpp":{[[@LINE+2]]:35-[[@LINE+2]]:54}:"std::string"
// CHECK: fix-it:"{{.*}}borrowed-task-parameter.cpp":{[[@LINE+1]]:92-[[@LINE+1]]:112}:"std::int64_t "
[[jsinterop::export]] task<int> d(std::string const &, [[jsinterop::marshal_as("bigint")]] const std::int64_t &v) { co_return 0; }
// FIXED: {{\[\[}}jsinterop::export]] task<int> d(std::string, {{\[\[}}jsinterop::marshal_as("bigint")]] std::int64_t v) { co_return 0; }
