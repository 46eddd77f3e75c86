// the address of imports taking every wire type, with nothing else in the file completing the types
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>
[[jsinterop::import("p")]] void p01(bool);
[[jsinterop::import("p")]] void p02(std::int8_t);
[[jsinterop::import("p")]] void p03(std::uint8_t);
[[jsinterop::import("p")]] void p04(std::int16_t);
[[jsinterop::import("p")]] void p05(std::uint16_t);
[[jsinterop::import("p")]] void p06(std::int32_t);
[[jsinterop::import("p")]] void p07(std::uint32_t);
[[jsinterop::import("p")]] void p08([[jsinterop::marshal_as("number")]] std::int64_t);
[[jsinterop::import("p")]] void p09([[jsinterop::marshal_as("number")]] std::uint64_t);
[[jsinterop::import("p")]] void p10([[jsinterop::marshal_as("bigint")]] std::int64_t);
[[jsinterop::import("p")]] void p11([[jsinterop::marshal_as("bigint")]] std::uint64_t);
[[jsinterop::import("p")]] void p12(float);
[[jsinterop::import("p")]] void p13(double);
[[jsinterop::import("p")]] void p14(std::intptr_t);
[[jsinterop::import("p")]] void p15(void *);
[[jsinterop::import("p")]] void p16(char16_t);
[[jsinterop::import("p")]] void p17([[jsinterop::marshal_as("number")]] char16_t);
[[jsinterop::import("p")]] void p18(std::chrono::system_clock::time_point);
[[jsinterop::import("p")]] void p19(std::string);
[[jsinterop::import("p")]] void p20(std::string_view);
[[jsinterop::import("p")]] void p21(std::u16string);
[[jsinterop::import("p")]] void p22(std::u16string_view);
[[jsinterop::import("p")]] void p23(jsinterop::object);
[[jsinterop::import("p")]] void p24(jsinterop::any);
[[jsinterop::import("p")]] void p25(jsinterop::js_error);
[[jsinterop::import("p")]] void p26(std::optional<long>);
[[jsinterop::import("p")]] void p27(std::vector<int>);
[[jsinterop::import("p")]] void p28(std::vector<double>);
[[jsinterop::import("p")]] void p29(const std::vector<std::uint8_t> &);
[[jsinterop::import("p")]] void p30(std::vector<std::optional<std::u16string>>);
[[jsinterop::import("p")]] void p31(std::span<const std::int16_t>);
[[jsinterop::import("p")]] void p32(jsinterop::array_segment<std::uint32_t>);
[[jsinterop::import("p")]] void p33(std::function<void(std::vector<float>)>);
[[jsinterop::import("p")]] void p34(jsinterop::function_ref<int(std::vector<signed char>)>);
[[jsinterop::import("p")]] void p35(std::optional<std::vector<unsigned short>>);
void *addresses[] = {
    reinterpret_cast<void *>(&p01), reinterpret_cast<void *>(&p02), reinterpret_cast<void *>(&p03),
    reinterpret_cast<void *>(&p04), reinterpret_cast<void *>(&p05), reinterpret_cast<void *>(&p06),
    reinterpret_cast<void *>(&p07), reinterpret_cast<void *>(&p08), reinterpret_cast<void *>(&p09),
    reinterpret_cast<void *>(&p10), reinterpret_cast<void *>(&p11), reinterpret_cast<void *>(&p12),
    reinterpret_cast<void *>(&p13), reinterpret_cast<void *>(&p14), reinterpret_cast<void *>(&p15),
    reinterpret_cast<void *>(&p16), reinterpret_cast<void *>(&p17), reinterpret_cast<void *>(&p18),
    reinterpret_cast<void *>(&p19), reinterpret_cast<void *>(&p20), reinterpret_cast<void *>(&p21),
    reinterpret_cast<void *>(&p22), reinterpret_cast<void *>(&p23), reinterpret_cast<void *>(&p24),
    reinterpret_cast<void *>(&p25), reinterpret_cast<void *>(&p26), reinterpret_cast<void *>(&p27),
    reinterpret_cast<void *>(&p28), reinterpret_cast<void *>(&p29), reinterpret_cast<void *>(&p30),
    reinterpret_cast<void *>(&p31), reinterpret_cast<void *>(&p32), reinterpret_cast<void *>(&p33),
    reinterpret_cast<void *>(&p34), reinterpret_cast<void *>(&p35)};
