// many errors (past the error limit)
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a..b")]] void f0(long long, int*);
[[jsinterop::import("a..b")]] void f1(long long, int*);
[[jsinterop::import("a..b")]] void f2(long long, int*);
[[jsinterop::import("a..b")]] void f3(long long, int*);
[[jsinterop::import("a..b")]] void f4(long long, int*);
[[jsinterop::import("a..b")]] void f5(long long, int*);
[[jsinterop::import("a..b")]] void f6(long long, int*);
[[jsinterop::import("a..b")]] void f7(long long, int*);
[[jsinterop::import("a..b")]] void f8(long long, int*);
[[jsinterop::import("a..b")]] void f9(long long, int*);
[[jsinterop::import("a..b")]] void f10(long long, int*);
[[jsinterop::import("a..b")]] void f11(long long, int*);
[[jsinterop::import("a..b")]] void f12(long long, int*);
[[jsinterop::import("a..b")]] void f13(long long, int*);
[[jsinterop::import("a..b")]] void f14(long long, int*);
[[jsinterop::import("a..b")]] void f15(long long, int*);
[[jsinterop::import("a..b")]] void f16(long long, int*);
[[jsinterop::import("a..b")]] void f17(long long, int*);
[[jsinterop::import("a..b")]] void f18(long long, int*);
[[jsinterop::import("a..b")]] void f19(long long, int*);
[[jsinterop::import("a..b")]] void f20(long long, int*);
[[jsinterop::import("a..b")]] void f21(long long, int*);
[[jsinterop::import("a..b")]] void f22(long long, int*);
[[jsinterop::import("a..b")]] void f23(long long, int*);
[[jsinterop::import("a..b")]] void f24(long long, int*);
[[jsinterop::import("a..b")]] void f25(long long, int*);
[[jsinterop::import("a..b")]] void f26(long long, int*);
[[jsinterop::import("a..b")]] void f27(long long, int*);
[[jsinterop::import("a..b")]] void f28(long long, int*);
[[jsinterop::import("a..b")]] void f29(long long, int*);
[[jsinterop::import("a..b")]] void f30(long long, int*);
[[jsinterop::import("a..b")]] void f31(long long, int*);
[[jsinterop::import("a..b")]] void f32(long long, int*);
[[jsinterop::import("a..b")]] void f33(long long, int*);
[[jsinterop::import("a..b")]] void f34(long long, int*);
[[jsinterop::import("a..b")]] void f35(long long, int*);
[[jsinterop::import("a..b")]] void f36(long long, int*);
[[jsinterop::import("a..b")]] void f37(long long, int*);
[[jsinterop::import("a..b")]] void f38(long long, int*);
[[jsinterop::import("a..b")]] void f39(long long, int*);
[[jsinterop::import("a..b")]] void f40(long long, int*);
[[jsinterop::import("a..b")]] void f41(long long, int*);
[[jsinterop::import("a..b")]] void f42(long long, int*);
[[jsinterop::import("a..b")]] void f43(long long, int*);
[[jsinterop::import("a..b")]] void f44(long long, int*);
[[jsinterop::import("a..b")]] void f45(long long, int*);
[[jsinterop::import("a..b")]] void f46(long long, int*);
[[jsinterop::import("a..b")]] void f47(long long, int*);
[[jsinterop::import("a..b")]] void f48(long long, int*);
[[jsinterop::import("a..b")]] void f49(long long, int*);
[[jsinterop::import("a..b")]] void f50(long long, int*);
[[jsinterop::import("a..b")]] void f51(long long, int*);
[[jsinterop::import("a..b")]] void f52(long long, int*);
[[jsinterop::import("a..b")]] void f53(long long, int*);
[[jsinterop::import("a..b")]] void f54(long long, int*);
[[jsinterop::import("a..b")]] void f55(long long, int*);
[[jsinterop::import("a..b")]] void f56(long long, int*);
[[jsinterop::import("a..b")]] void f57(long long, int*);
[[jsinterop::import("a..b")]] void f58(long long, int*);
[[jsinterop::import("a..b")]] void f59(long long, int*);
