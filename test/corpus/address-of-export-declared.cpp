// the address of exports declared (defined in another file) with types nothing else completes
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>
[[jsinterop::export]] void e01(std::vector<int>);
[[jsinterop::export]] std::vector<double> e02(const std::vector<std::uint8_t> &);
[[jsinterop::export]] std::optional<std::vector<short>> e03(std::optional<std::vector<float>>);
[[jsinterop::export]] jsinterop::task<std::vector<unsigned>> e04(std::vector<std::u16string>);
[[jsinterop::export]] void e05(std::function<void(std::vector<signed char>)>);
void *addresses[] = {reinterpret_cast<void *>(&e01), reinterpret_cast<void *>(&e02),
                     reinterpret_cast<void *>(&e03), reinterpret_cast<void *>(&e04),
                     reinterpret_cast<void *>(&e05)};
