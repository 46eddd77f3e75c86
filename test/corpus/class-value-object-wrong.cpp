// value_object on what is not a struct definition
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#include <functional>
[[jsinterop::value_object]] int f();
union [[jsinterop::value_object]] U { int a; };
template <class T> struct [[jsinterop::value_object]] T1 { T a; };
enum class [[jsinterop::value_object]] En { A };
int g() { struct [[jsinterop::value_object]] L { int a; }; return 0; }
struct [[jsinterop::value_object]] { int a; } anonymous;
