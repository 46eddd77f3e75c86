// function-ref-marshal-as: function_ref with 64-bit integers under marshal_as compiles and lowers
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
[[jsinterop::import("a")]] void f([[jsinterop::marshal_as("function<bigint, bigint>")]] jsinterop::function_ref<long long(long long)> g);
void h() { f([](long long x) { return x; }); }
