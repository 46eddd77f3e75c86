// C++ attributes compiled as C23
// corpus-flags: -fsyntax-only -x c -std=c23
[[jsinterop::import("a")]] void f(int);
