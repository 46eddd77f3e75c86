// value objects of every shape: a base, a constructor, private members, references, arrays, empty, nested, recursive
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#include <functional>
struct B { int x; };
struct [[jsinterop::value_object]] WithBase : B { int y; };
struct [[jsinterop::value_object]] WithCtor { WithCtor(int) {} int y; };
class [[jsinterop::value_object]] WithPrivate { int y; };
struct [[jsinterop::value_object]] WithRef { int &r; };
struct [[jsinterop::value_object]] WithArray { int a[2]; };
struct [[jsinterop::value_object]] Empty {};
struct [[jsinterop::value_object]] Inner { double x; };
struct [[jsinterop::value_object]] Outer { Inner in; std::vector<Inner> many; std::optional<Inner> maybe; std::int64_t id; };
struct [[jsinterop::value_object]] Tree { std::vector<Tree> kids; int v; };
[[jsinterop::export]] Outer echo(Outer o) { return o; }
[[jsinterop::export]] Empty empty(Empty e) { return e; }
[[jsinterop::export]] Tree tree(Tree t) { return t; }
