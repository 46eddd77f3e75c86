// issue 17's crossings, jsinterop side (bench/crossings/run.mjs drives it). Import rows loop
// inside wasm (one JS call per 10^6 crossings); export rows are driven from JS. Each binding is
// its own declaration, as in a real module with many bindings of one shape.
#include <jsinterop/jsinterop.h>

#include <cstdint>
#include <string>
#include <string_view>

[[jsinterop::import("add0", "Bench")]] int js_add0(int a, int b);
[[jsinterop::import("add1", "Bench")]] int js_add1(int a, int b);
[[jsinterop::import("add2", "Bench")]] int js_add2(int a, int b);
[[jsinterop::import("add3", "Bench")]] int js_add3(int a, int b);
[[jsinterop::import("add4", "Bench")]] int js_add4(int a, int b);
[[jsinterop::import("add5", "Bench")]] int js_add5(int a, int b);
[[jsinterop::import("add6", "Bench")]] int js_add6(int a, int b);
[[jsinterop::import("add7", "Bench")]] int js_add7(int a, int b);
[[jsinterop::import("add8", "Bench")]] int js_add8(int a, int b);
[[jsinterop::import("add9", "Bench")]] int js_add9(int a, int b);
[[jsinterop::import("add10", "Bench")]] int js_add10(int a, int b);
[[jsinterop::import("add11", "Bench")]] int js_add11(int a, int b);
[[jsinterop::import("add12", "Bench")]] int js_add12(int a, int b);
[[jsinterop::import("add13", "Bench")]] int js_add13(int a, int b);
[[jsinterop::import("add14", "Bench")]] int js_add14(int a, int b);
[[jsinterop::import("add15", "Bench")]] int js_add15(int a, int b);
[[jsinterop::import("takeString", "Bench")]] int js_take_string(std::string_view text);
[[jsinterop::import("createObject", "Bench")]] jsinterop::object js_create_object();
[[jsinterop::import("createCounter", "Bench")]] jsinterop::object js_create_counter();
[[jsinterop::import("add"), jsinterop::method]] int js_counter_add(const jsinterop::object &counter, int a, int b);

namespace jsi {
[[jsinterop::export]] int int_import(int calls) {
  int sum = 0;
  for (int i = 0; i < calls; ++i)
    sum += js_add0(i, 1);
  return sum;
}

[[jsinterop::export]] int imports4(int calls) { // calls / 4 rounds of 4 imports in turn
  int sum = 0;
  for (int i = 0; i < calls; i += 4) {
    sum += js_add0(i, 0);
    sum += js_add1(i, 1);
    sum += js_add2(i, 2);
    sum += js_add3(i, 3);
  }
  return sum;
}

[[jsinterop::export]] int imports16(int calls) { // calls / 16 rounds of 16 imports in turn
  int sum = 0;
  for (int i = 0; i < calls; i += 16) {
    sum += js_add0(i, 0);
    sum += js_add1(i, 1);
    sum += js_add2(i, 2);
    sum += js_add3(i, 3);
    sum += js_add4(i, 4);
    sum += js_add5(i, 5);
    sum += js_add6(i, 6);
    sum += js_add7(i, 7);
    sum += js_add8(i, 8);
    sum += js_add9(i, 9);
    sum += js_add10(i, 10);
    sum += js_add11(i, 11);
    sum += js_add12(i, 12);
    sum += js_add13(i, 13);
    sum += js_add14(i, 14);
    sum += js_add15(i, 15);
  }
  return sum;
}

[[jsinterop::export]] int string_import(int calls) {
  static const std::string_view text = "hello";
  int sum = 0;
  for (int i = 0; i < calls; ++i)
    sum += js_take_string(text);
  return sum;
}

static jsinterop::object &target() {
  static jsinterop::object object = js_create_object();
  return object;
}

[[jsinterop::export]] int object_set(int calls) {
  jsinterop::object &object = target();
  for (int i = 0; i < calls; ++i)
    object.set("answer", i);
  return calls;
}

[[jsinterop::export]] int object_get(int calls) {
  jsinterop::object &object = target();
  int sum = 0;
  for (int i = 0; i < calls; ++i)
    sum += object.get<int>("answer");
  return sum;
}

[[jsinterop::export]] int create_read(int calls) {
  int sum = 0;
  for (int i = 0; i < calls; ++i)
    sum += js_create_object().get<int>("answer");
  return sum;
}

static jsinterop::object &counter() {
  static jsinterop::object object = js_create_counter();
  return object;
}

[[jsinterop::export]] int method_import(int calls) {
  const jsinterop::object &object = counter();
  int sum = 0;
  for (int i = 0; i < calls; ++i)
    sum += js_counter_add(object, i, 1);
  return sum;
}

[[jsinterop::export]] int dynamic_call(int calls) {
  const jsinterop::object &object = counter();
  int sum = 0;
  for (int i = 0; i < calls; ++i)
    sum += object.call<int>("add", i, 1);
  return sum;
}

[[jsinterop::export]] int inc(int x) { return x + 1; }

[[jsinterop::export]] int inc0(int x) { return x + 1; }
[[jsinterop::export]] int inc1(int x) { return x + 2; }
[[jsinterop::export]] int inc2(int x) { return x + 3; }
[[jsinterop::export]] int inc3(int x) { return x + 4; }
[[jsinterop::export]] int inc4(int x) { return x + 5; }
[[jsinterop::export]] int inc5(int x) { return x + 6; }
[[jsinterop::export]] int inc6(int x) { return x + 7; }
[[jsinterop::export]] int inc7(int x) { return x + 8; }
[[jsinterop::export]] int inc8(int x) { return x + 9; }
[[jsinterop::export]] int inc9(int x) { return x + 10; }
[[jsinterop::export]] int inc10(int x) { return x + 11; }
[[jsinterop::export]] int inc11(int x) { return x + 12; }
[[jsinterop::export]] int inc12(int x) { return x + 13; }
[[jsinterop::export]] int inc13(int x) { return x + 14; }
[[jsinterop::export]] int inc14(int x) { return x + 15; }
[[jsinterop::export]] int inc15(int x) { return x + 16; }

[[jsinterop::export]] std::string echo(std::string text) { return text; }

// issue 21's classes (classes.mjs): a method that does a free export's work, an instance made and
// disposed, a value object both ways; and 16 classes of one shape beside 16 free exports.
struct [[jsinterop::value_object]] Point {
  double x, y;
};

class [[jsinterop::export]] Counter {
public:
  [[jsinterop::export]] explicit Counter(int base) : base_(base) {}
  [[jsinterop::export]] int add(int x) const { return base_ + x; }
  [[jsinterop::export]] Point shift(Point p) const { return {p.x + base_, p.y + base_}; }

private:
  int base_;
};

[[jsinterop::export]] int add(int a, int b) { return a + b; }
// The same work as Counter::add, a memory read and an add: base is not constant to the compiler (external
// linkage), so it is loaded as base_ is.
int base = 1;
[[jsinterop::export]] int add_to_base(int x) { return base + x; }
[[jsinterop::export]] Point shift(Point p, int by) { return {p.x + by, p.y + by}; }
// What making and destroying a Counter costs through free exports, its address as an int.
[[jsinterop::export]] int counter_new(int base) { return static_cast<int>(reinterpret_cast<std::uintptr_t>(new Counter(base))); }
[[jsinterop::export]] void counter_delete(int counter) { delete reinterpret_cast<Counter *>(static_cast<std::uintptr_t>(counter)); }

#define SHAPE(n)                                                                                                     \
  class [[jsinterop::export]] Counter##n {                                                                           \
  public:                                                                                                            \
    [[jsinterop::export]] explicit Counter##n(int base) : base_(base) {}                                             \
    [[jsinterop::export]] int add(int x) const { return base_ + x; }                                                 \
                                                                                                                     \
  private:                                                                                                           \
    int base_;                                                                                                       \
  };                                                                                                                 \
  [[jsinterop::export]] int add##n(int a, int b) { return a + b; }
SHAPE(0) SHAPE(1) SHAPE(2) SHAPE(3) SHAPE(4) SHAPE(5) SHAPE(6) SHAPE(7)
SHAPE(8) SHAPE(9) SHAPE(10) SHAPE(11) SHAPE(12) SHAPE(13) SHAPE(14) SHAPE(15)
#undef SHAPE

// 1 MB both ways: JS -> wasm (a string argument, its length back) and wasm -> JS (a string result).
[[jsinterop::export]] int take_big(std::string text) { return static_cast<int>(text.size()); }
static std::string big;
[[jsinterop::export]] void make_big(int size) { big.assign(static_cast<std::size_t>(size), 'a'); }
[[jsinterop::export]] std::string give_big() { return big; }
} // namespace jsi
