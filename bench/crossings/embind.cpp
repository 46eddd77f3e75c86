// issue 17's crossings, embind side: the same operations as jsinterop.cpp through Emscripten's
// embind (Debian's emcc 3.1.6, bench/crossings/build-embind). Imports are embind val calls of JS
// functions set on globalThis; exports are embind function() bindings.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <memory>
#include <string>

using emscripten::val;

static val &add0() { static val f = val::global("benchAdd0"); return f; }
static val &take_string() { static val f = val::global("benchTakeString"); return f; }
static val &create_object() { static val f = val::global("benchCreateObject"); return f; }

int int_import(int calls) {
  val &f = add0();
  int sum = 0;
  for (int i = 0; i < calls; ++i)
    sum += f(i, 1).as<int>();
  return sum;
}

int imports4(int calls) {
  static val f0 = val::global("benchAdd0");
  static val f1 = val::global("benchAdd1");
  static val f2 = val::global("benchAdd2");
  static val f3 = val::global("benchAdd3");
  int sum = 0;
  for (int i = 0; i < calls; i += 4) {
    sum += f0(i, 0).as<int>();
    sum += f1(i, 1).as<int>();
    sum += f2(i, 2).as<int>();
    sum += f3(i, 3).as<int>();
  }
  return sum;
}

int imports16(int calls) {
  static val f0 = val::global("benchAdd0");
  static val f1 = val::global("benchAdd1");
  static val f2 = val::global("benchAdd2");
  static val f3 = val::global("benchAdd3");
  static val f4 = val::global("benchAdd4");
  static val f5 = val::global("benchAdd5");
  static val f6 = val::global("benchAdd6");
  static val f7 = val::global("benchAdd7");
  static val f8 = val::global("benchAdd8");
  static val f9 = val::global("benchAdd9");
  static val f10 = val::global("benchAdd10");
  static val f11 = val::global("benchAdd11");
  static val f12 = val::global("benchAdd12");
  static val f13 = val::global("benchAdd13");
  static val f14 = val::global("benchAdd14");
  static val f15 = val::global("benchAdd15");
  int sum = 0;
  for (int i = 0; i < calls; i += 16) {
    sum += f0(i, 0).as<int>();
    sum += f1(i, 1).as<int>();
    sum += f2(i, 2).as<int>();
    sum += f3(i, 3).as<int>();
    sum += f4(i, 4).as<int>();
    sum += f5(i, 5).as<int>();
    sum += f6(i, 6).as<int>();
    sum += f7(i, 7).as<int>();
    sum += f8(i, 8).as<int>();
    sum += f9(i, 9).as<int>();
    sum += f10(i, 10).as<int>();
    sum += f11(i, 11).as<int>();
    sum += f12(i, 12).as<int>();
    sum += f13(i, 13).as<int>();
    sum += f14(i, 14).as<int>();
    sum += f15(i, 15).as<int>();
  }
  return sum;
}

int string_import(int calls) {
  val &f = take_string();
  const std::string text = "hello";
  int sum = 0;
  for (int i = 0; i < calls; ++i)
    sum += f(text).as<int>();
  return sum;
}

static val &target() { static val object = create_object()(); return object; }

int object_set(int calls) {
  val &object = target();
  for (int i = 0; i < calls; ++i)
    object.set("answer", i);
  return calls;
}

int object_get(int calls) {
  val &object = target();
  int sum = 0;
  for (int i = 0; i < calls; ++i)
    sum += object["answer"].as<int>();
  return sum;
}

int create_read(int calls) {
  val &f = create_object();
  int sum = 0;
  for (int i = 0; i < calls; ++i)
    sum += f()["answer"].as<int>();
  return sum;
}

// A method of a JS object: embind has no declared form, only val::call.
int method_call(int calls) {
  static val counter = val::global("benchCreateCounter")();
  int sum = 0;
  for (int i = 0; i < calls; ++i)
    sum += counter.call<int>("add", i, 1);
  return sum;
}

int inc(int x) { return x + 1; }

int inc0(int x) { return x + 1; }
int inc1(int x) { return x + 2; }
int inc2(int x) { return x + 3; }
int inc3(int x) { return x + 4; }
int inc4(int x) { return x + 5; }
int inc5(int x) { return x + 6; }
int inc6(int x) { return x + 7; }
int inc7(int x) { return x + 8; }
int inc8(int x) { return x + 9; }
int inc9(int x) { return x + 10; }
int inc10(int x) { return x + 11; }
int inc11(int x) { return x + 12; }
int inc12(int x) { return x + 13; }
int inc13(int x) { return x + 14; }
int inc14(int x) { return x + 15; }
int inc15(int x) { return x + 16; }

std::string echo(std::string text) { return text; }
int take_big(std::string text) { return static_cast<int>(text.size()); }
static std::string big;
void make_big(int size) { big.assign(static_cast<std::size_t>(size), 'a'); }
std::string give_big() { return big; }

// issue 21's classes: the same classes as jsinterop.cpp's, bound with class_ (no free exports: the
// free column is jsinterop's) and Point with value_object.
struct Point {
  double x, y;
};

class Counter {
public:
  explicit Counter(int base) : base_(base) {}
  int add(int x) const { return base_ + x; }
  Point shift(Point p) const { return {p.x + base_, p.y + base_}; }

private:
  int base_;
};

// embind 3.1.6 finalizes only instances held by a smart pointer: Kept is a Counter made by make_shared,
// for the row whose instances are left to the collector.
class Kept : public Counter {
public:
  explicit Kept(int base) : Counter(base) {}
};

#define SHAPE(n)                                                                                                     \
  class Counter##n {                                                                                                 \
  public:                                                                                                            \
    explicit Counter##n(int base) : base_(base) {}                                                                   \
    int add(int x) const { return base_ + x; }                                                                       \
                                                                                                                     \
  private:                                                                                                           \
    int base_;                                                                                                       \
  };
SHAPE(0) SHAPE(1) SHAPE(2) SHAPE(3) SHAPE(4) SHAPE(5) SHAPE(6) SHAPE(7)
SHAPE(8) SHAPE(9) SHAPE(10) SHAPE(11) SHAPE(12) SHAPE(13) SHAPE(14) SHAPE(15)
#undef SHAPE

EMSCRIPTEN_BINDINGS(classes) {
  using emscripten::class_;
  emscripten::value_object<Point>("Point").field("x", &Point::x).field("y", &Point::y);
  class_<Counter>("Counter").constructor<int>().function("add", &Counter::add).function("shift", &Counter::shift);
  class_<Kept>("Kept").smart_ptr_constructor("Kept", &std::make_shared<Kept, int>);
#define SHAPE(n) class_<Counter##n>("Counter" #n).constructor<int>().function("add", &Counter##n::add);
  SHAPE(0) SHAPE(1) SHAPE(2) SHAPE(3) SHAPE(4) SHAPE(5) SHAPE(6) SHAPE(7)
  SHAPE(8) SHAPE(9) SHAPE(10) SHAPE(11) SHAPE(12) SHAPE(13) SHAPE(14) SHAPE(15)
#undef SHAPE
}

EMSCRIPTEN_BINDINGS(crossings) {
  using emscripten::function;
  function("int_import", &int_import);
  function("imports4", &imports4);
  function("imports16", &imports16);
  function("string_import", &string_import);
  function("object_set", &object_set);
  function("object_get", &object_get);
  function("create_read", &create_read);
  function("method_import", &method_call);
  function("dynamic_call", &method_call);
  function("inc", &inc);
  function("inc0", &inc0);
  function("inc1", &inc1);
  function("inc2", &inc2);
  function("inc3", &inc3);
  function("inc4", &inc4);
  function("inc5", &inc5);
  function("inc6", &inc6);
  function("inc7", &inc7);
  function("inc8", &inc8);
  function("inc9", &inc9);
  function("inc10", &inc10);
  function("inc11", &inc11);
  function("inc12", &inc12);
  function("inc13", &inc13);
  function("inc14", &inc14);
  function("inc15", &inc15);
  function("echo", &echo);
  function("take_big", &take_big);
  function("make_big", &make_big);
  function("give_big", &give_big);
}
