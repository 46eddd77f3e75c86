// issue 17's crossings, raw baseline: what a programmer writes by hand with no binding layer, plain
// wasm imports and exports called by / calling plain JS. Built with clang-22 --target=wasm32
// -nostdlib (bench/crossings/run.mjs drives it).
#define IMPORT(name) __attribute__((import_module("bench"), import_name(#name)))
#define EXPORT(name) __attribute__((export_name(#name)))

IMPORT(add0) int add0(int a, int b);
IMPORT(add1) int add1(int a, int b);
IMPORT(add2) int add2(int a, int b);
IMPORT(add3) int add3(int a, int b);
IMPORT(add4) int add4(int a, int b);
IMPORT(add5) int add5(int a, int b);
IMPORT(add6) int add6(int a, int b);
IMPORT(add7) int add7(int a, int b);
IMPORT(add8) int add8(int a, int b);
IMPORT(add9) int add9(int a, int b);
IMPORT(add10) int add10(int a, int b);
IMPORT(add11) int add11(int a, int b);
IMPORT(add12) int add12(int a, int b);
IMPORT(add13) int add13(int a, int b);
IMPORT(add14) int add14(int a, int b);
IMPORT(add15) int add15(int a, int b);

EXPORT(int_import) int int_import(int calls) {
  int sum = 0;
  for (int i = 0; i < calls; ++i)
    sum += add0(i, 1);
  return sum;
}

EXPORT(imports4) int imports4(int calls) {
  int sum = 0;
  for (int i = 0; i < calls; i += 4) {
    sum += add0(i, 0);
    sum += add1(i, 1);
    sum += add2(i, 2);
    sum += add3(i, 3);
  }
  return sum;
}

EXPORT(imports16) int imports16(int calls) {
  int sum = 0;
  for (int i = 0; i < calls; i += 16) {
    sum += add0(i, 0);
    sum += add1(i, 1);
    sum += add2(i, 2);
    sum += add3(i, 3);
    sum += add4(i, 4);
    sum += add5(i, 5);
    sum += add6(i, 6);
    sum += add7(i, 7);
    sum += add8(i, 8);
    sum += add9(i, 9);
    sum += add10(i, 10);
    sum += add11(i, 11);
    sum += add12(i, 12);
    sum += add13(i, 13);
    sum += add14(i, 14);
    sum += add15(i, 15);
  }
  return sum;
}

EXPORT(inc) int inc(int x) { return x + 1; }
EXPORT(inc0) int inc0(int x) { return x + 1; }
EXPORT(inc1) int inc1(int x) { return x + 2; }
EXPORT(inc2) int inc2(int x) { return x + 3; }
EXPORT(inc3) int inc3(int x) { return x + 4; }
EXPORT(inc4) int inc4(int x) { return x + 5; }
EXPORT(inc5) int inc5(int x) { return x + 6; }
EXPORT(inc6) int inc6(int x) { return x + 7; }
EXPORT(inc7) int inc7(int x) { return x + 8; }
EXPORT(inc8) int inc8(int x) { return x + 9; }
EXPORT(inc9) int inc9(int x) { return x + 10; }
EXPORT(inc10) int inc10(int x) { return x + 11; }
EXPORT(inc11) int inc11(int x) { return x + 12; }
EXPORT(inc12) int inc12(int x) { return x + 13; }
EXPORT(inc13) int inc13(int x) { return x + 14; }
EXPORT(inc14) int inc14(int x) { return x + 15; }
EXPORT(inc15) int inc15(int x) { return x + 16; }

// A 1 MB scratch area for the TextEncoder.encodeInto / TextDecoder.decode baseline.
static unsigned char scratch[1 << 21];
EXPORT(scratch) unsigned char *scratch_address(void) { return scratch; }
