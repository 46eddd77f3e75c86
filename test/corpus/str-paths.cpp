// bad and borderline paths
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import(".")]] void a();
[[jsinterop::import(".x")]] void b();
[[jsinterop::import("x.")]] void c();
[[jsinterop::import("x..y")]] void d();
[[jsinterop::import(" ")]] void e();
[[jsinterop::import("")]] void f();
[[jsinterop::import("globalThis")]] void g();
[[jsinterop::import("globalThis.")]] void h();
