// The address of an import whose parameter and result types nothing else in the file completes (a
// std::vector<int> named only in its declaration): code generation lays them out for the body the
// plugin writes, so the plugin completes them first (before, clang crashed in the wasm ABI).
// RUN: %cxx -O2 %s -o %t.wasm
// RUN: %bindings %t.wasm | FileCheck %s
// RUN: %exports %t.wasm | FileCheck %s --check-prefix=EXPORT
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <optional>
#include <vector>

[[jsinterop::import("takeInts")]] void take_ints(std::vector<int> values);
[[jsinterop::import("takeDoubles")]] void take_doubles(const std::vector<double> &values);
[[jsinterop::import("giveBytes")]] std::vector<std::uint8_t> give_bytes();
[[jsinterop::import("maybeShorts")]] std::optional<std::vector<short>> maybe_shorts(std::optional<std::vector<float>> in);

// Only the addresses: no call, no vector made anywhere in the file.
auto *take_ints_address = &take_ints;
auto *take_doubles_address = &take_doubles;
auto *give_bytes_address = &give_bytes;
auto *maybe_shorts_address = &maybe_shorts;

[[jsinterop::export]] int address_count() {
  void *all[] = {reinterpret_cast<void *>(take_ints_address), reinterpret_cast<void *>(take_doubles_address),
                 reinterpret_cast<void *>(give_bytes_address), reinterpret_cast<void *>(maybe_shorts_address)};
  int count = 0;
  for (void *address : all)
    count += address != nullptr;
  return count;
}

// CHECK-DAG: {{^}}import {{.*}}"path":"takeInts"
// CHECK-DAG: {{^}}import {{.*}}"path":"takeDoubles"
// CHECK-DAG: {{^}}import {{.*}}"path":"giveBytes"
// CHECK-DAG: {{^}}import {{.*}}"path":"maybeShorts"
// EXPORT: address_count
