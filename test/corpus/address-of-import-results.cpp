// the address of imports returning every wire type, with nothing else in the file completing the types
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>
[[jsinterop::import("r")]] bool r01();
[[jsinterop::import("r")]] std::int8_t r02();
[[jsinterop::import("r")]] std::uint8_t r03();
[[jsinterop::import("r")]] std::int16_t r04();
[[jsinterop::import("r")]] std::uint16_t r05();
[[jsinterop::import("r")]] std::int32_t r06();
[[jsinterop::import("r")]] std::uint32_t r07();
[[jsinterop::import("r"), jsinterop::marshal_as("number")]] std::int64_t r08();
[[jsinterop::import("r"), jsinterop::marshal_as("number")]] std::uint64_t r09();
[[jsinterop::import("r"), jsinterop::marshal_as("bigint")]] std::int64_t r10();
[[jsinterop::import("r"), jsinterop::marshal_as("bigint")]] std::uint64_t r11();
[[jsinterop::import("r")]] float r12();
[[jsinterop::import("r")]] double r13();
[[jsinterop::import("r")]] std::intptr_t r14();
[[jsinterop::import("r")]] void *r15();
[[jsinterop::import("r")]] char16_t r16();
[[jsinterop::import("r"), jsinterop::marshal_as("number")]] char16_t r17();
[[jsinterop::import("r")]] std::chrono::system_clock::time_point r18();
[[jsinterop::import("r")]] std::string r19();
[[jsinterop::import("r")]] std::u16string r20();
[[jsinterop::import("r")]] jsinterop::object r21();
[[jsinterop::import("r")]] jsinterop::any r22();
[[jsinterop::import("r")]] jsinterop::js_error r23();
[[jsinterop::import("r")]] std::optional<std::vector<unsigned>> r24();
[[jsinterop::import("r")]] std::vector<int> r25();
[[jsinterop::import("r"), jsinterop::marshal_as("array<bigint>")]] std::vector<std::int64_t> r26();
[[jsinterop::import("r")]] jsinterop::array_segment<double> r27();
[[jsinterop::import("r")]] jsinterop::task<std::vector<std::int16_t>> r28();
[[jsinterop::import("r")]] jsinterop::task<void> r29();
[[jsinterop::import("r")]] std::function<std::vector<double>(std::vector<float>)> r30();
[[jsinterop::import("r")]] jsinterop::result<std::vector<std::uint16_t>> r31();
[[jsinterop::import("r")]] jsinterop::result<void> r32();
[[jsinterop::import("r")]] jsinterop::result<jsinterop::array_segment<std::int8_t>> r33();
[[jsinterop::import("r")]] jsinterop::task<jsinterop::result<std::vector<long>>> r34();
void *addresses[] = {
    reinterpret_cast<void *>(&r01), reinterpret_cast<void *>(&r02), reinterpret_cast<void *>(&r03),
    reinterpret_cast<void *>(&r04), reinterpret_cast<void *>(&r05), reinterpret_cast<void *>(&r06),
    reinterpret_cast<void *>(&r07), reinterpret_cast<void *>(&r08), reinterpret_cast<void *>(&r09),
    reinterpret_cast<void *>(&r10), reinterpret_cast<void *>(&r11), reinterpret_cast<void *>(&r12),
    reinterpret_cast<void *>(&r13), reinterpret_cast<void *>(&r14), reinterpret_cast<void *>(&r15),
    reinterpret_cast<void *>(&r16), reinterpret_cast<void *>(&r17), reinterpret_cast<void *>(&r18),
    reinterpret_cast<void *>(&r19), reinterpret_cast<void *>(&r20), reinterpret_cast<void *>(&r21),
    reinterpret_cast<void *>(&r22), reinterpret_cast<void *>(&r23), reinterpret_cast<void *>(&r24),
    reinterpret_cast<void *>(&r25), reinterpret_cast<void *>(&r26), reinterpret_cast<void *>(&r27),
    reinterpret_cast<void *>(&r28), reinterpret_cast<void *>(&r29), reinterpret_cast<void *>(&r30),
    reinterpret_cast<void *>(&r31), reinterpret_cast<void *>(&r32), reinterpret_cast<void *>(&r33),
    reinterpret_cast<void *>(&r34)};
