// A header of the consumer's own (INCLUDE_DIRECTORIES of jsinterop_add_module).
#pragma once
#include <string>
#include <string_view>

inline std::string greeting(std::string_view name) {
  return "Hello, " + std::string(name) + ", from C++ built by CMake";
}
