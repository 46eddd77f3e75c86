// every string type
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a")]] void f(std::u16string a, std::u8string b, std::wstring c, std::u32string d, std::u16string_view e, std::wstring_view f);
