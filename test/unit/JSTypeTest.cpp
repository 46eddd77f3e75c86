// The marshal_as grammar (plugin/JSType.h): what parses, what it spells back to, and where each
// error points (the Offset becomes the column of the diagnostic in the user's string literal).
#include "JSType.h"

#include <catch2/catch.hpp>

#include <string>
#include <variant>

using jsinterop::JSType;
using jsinterop::JSTypeError;
using jsinterop::JSTypeKind;
using jsinterop::keyword;
using jsinterop::parseJSType;
using Catch::Matchers::Contains;

namespace {

// The parsed type; fails the test (with the parser's message) when Text does not parse.
JSType parsed(const std::string &Text) {
  auto Result = parseJSType(Text);
  if (const auto *Error = std::get_if<JSTypeError>(&Result))
    FAIL("'" << Text << "' did not parse: " << Error->Message << " at " << Error->Offset);
  return std::get<JSType>(Result);
}

// The error; fails the test when Text parses.
JSTypeError failed(const std::string &Text) {
  auto Result = parseJSType(Text);
  if (const auto *Type = std::get_if<JSType>(&Result))
    FAIL("'" << Text.substr(0, 80) << "' parsed as " << Type->spelling());
  return std::get<JSTypeError>(Result);
}

JSType leaf(JSTypeKind Kind) { return JSType{Kind, {}}; }

std::string repeat(const std::string &Part, std::size_t Times) {
  std::string Result;
  for (std::size_t I = 0; I < Times; ++I)
    Result += Part;
  return Result;
}

} // namespace

TEST_CASE("every keyword without arguments parses to its kind", "[jstype]") {
  struct {
    const char *Text;
    JSTypeKind Kind;
  } const Cases[] = {
      {"boolean", JSTypeKind::Boolean}, {"number", JSTypeKind::Number},
      {"bigint", JSTypeKind::BigInt},   {"string", JSTypeKind::String},
      {"date", JSTypeKind::Date},       {"object", JSTypeKind::Object},
      {"error", JSTypeKind::Error},     {"any", JSTypeKind::Any},
      {"void", JSTypeKind::Void},       {"discard", JSTypeKind::Discard},
      {"memory_view", JSTypeKind::MemoryView},
  };
  for (const auto &Case : Cases) {
    SECTION(Case.Text) {
      JSType Type = parsed(Case.Text);
      CHECK(Type.Kind == Case.Kind);
      CHECK(Type.Arguments.empty());
      CHECK(keyword(Case.Kind) == Case.Text);
      CHECK(Type.spelling() == Case.Text);
    }
  }
}

TEST_CASE("keyword() names every kind, also those with arguments", "[jstype]") {
  CHECK(keyword(JSTypeKind::Promise) == "promise");
  CHECK(keyword(JSTypeKind::Array) == "array");
  CHECK(keyword(JSTypeKind::Function) == "function");
}

TEST_CASE("promise, array and function take type arguments", "[jstype]") {
  SECTION("promise<T>") {
    CHECK(parsed("promise<date>") == JSType{JSTypeKind::Promise, {leaf(JSTypeKind::Date)}});
  }
  SECTION("promise<void>") {
    CHECK(parsed("promise<void>") == JSType{JSTypeKind::Promise, {leaf(JSTypeKind::Void)}});
  }
  SECTION("array<T>") {
    CHECK(parsed("array<number>") == JSType{JSTypeKind::Array, {leaf(JSTypeKind::Number)}});
  }
  SECTION("function<TResult> (no parameters)") {
    CHECK(parsed("function<void>") == JSType{JSTypeKind::Function, {leaf(JSTypeKind::Void)}});
  }
  SECTION("function<T1, T2, TResult>") {
    CHECK(parsed("function<number, string, void>") ==
          JSType{JSTypeKind::Function,
                 {leaf(JSTypeKind::Number), leaf(JSTypeKind::String), leaf(JSTypeKind::Void)}});
  }
  SECTION("function with 16 type arguments (the maximum)") {
    std::string Text = "function<" + repeat("number,", 15) + "void>";
    JSType Type = parsed(Text);
    CHECK(Type.Arguments.size() == 16);
    CHECK(Type.Arguments.back() == leaf(JSTypeKind::Void));
  }
}

TEST_CASE("type arguments nest", "[jstype]") {
  SECTION("promise<array<number>>") {
    CHECK(parsed("promise<array<number>>") ==
          JSType{JSTypeKind::Promise,
                 {JSType{JSTypeKind::Array, {leaf(JSTypeKind::Number)}}}});
  }
  SECTION("function<promise<string>, array<array<boolean>>, promise<void>>") {
    JSType Type = parsed("function<promise<string>, array<array<boolean>>, promise<void>>");
    REQUIRE(Type.Kind == JSTypeKind::Function);
    REQUIRE(Type.Arguments.size() == 3);
    CHECK(Type.Arguments[0] == JSType{JSTypeKind::Promise, {leaf(JSTypeKind::String)}});
    CHECK(Type.Arguments[1] ==
          JSType{JSTypeKind::Array, {JSType{JSTypeKind::Array, {leaf(JSTypeKind::Boolean)}}}});
    CHECK(Type.Arguments[2] == JSType{JSTypeKind::Promise, {leaf(JSTypeKind::Void)}});
  }
  SECTION("32 levels of nesting is the deepest accepted") {
    std::string Text = repeat("array<", 32) + "number" + repeat(">", 32);
    JSType Type = parsed(Text);
    const JSType *Inner = &Type;
    for (int I = 0; I < 32; ++I) {
      REQUIRE(Inner->Kind == JSTypeKind::Array);
      REQUIRE(Inner->Arguments.size() == 1);
      Inner = &Inner->Arguments[0];
    }
    CHECK(Inner->Kind == JSTypeKind::Number);
    CHECK(Type.spelling() == Text);
  }
}

TEST_CASE("whitespace may surround every token", "[jstype]") {
  JSType Expected{JSTypeKind::Promise, {JSType{JSTypeKind::Array, {leaf(JSTypeKind::Number)}}}};
  SECTION("none") { CHECK(parsed("promise<array<number>>") == Expected); }
  SECTION("spaces everywhere") { CHECK(parsed("  promise < array < number > >  ") == Expected); }
  SECTION("tabs") { CHECK(parsed("\tpromise\t<\tarray<number>\t>\t") == Expected); }
  SECTION("around commas") {
    CHECK(parsed("function<number ,string,  void>") == parsed("function<number, string, void>"));
  }
  SECTION("a very long run of spaces") {
    CHECK(parsed(repeat(" ", 100000) + "number" + repeat(" ", 100000)) ==
          leaf(JSTypeKind::Number));
  }
}

TEST_CASE("spelling() is canonical and parses back to the same type", "[jstype]") {
  struct {
    const char *Text;
    const char *Spelling;
  } const Cases[] = {
      {"number", "number"},
      {"  memory_view ", "memory_view"},
      {"promise<date>", "promise<date>"},
      {"promise < array<number> >", "promise<array<number>>"},
      {"function<number,string,void>", "function<number, string, void>"},
      {"function< void >", "function<void>"},
      {"array<function<promise<any>, discard>>", "array<function<promise<any>, discard>>"},
  };
  for (const auto &Case : Cases) {
    SECTION(Case.Text) {
      JSType Type = parsed(Case.Text);
      CHECK(Type.spelling() == Case.Spelling);
      CHECK(parsed(Type.spelling()) == Type);
    }
  }
}

TEST_CASE("an empty marshal_as is an error at offset 0", "[jstype][error]") {
  SECTION("empty") {
    JSTypeError Error = failed("");
    CHECK(Error.Offset == 0);
    CHECK_THAT(Error.Message, Contains("expected a type"));
  }
  SECTION("only spaces: the error is at the end") {
    JSTypeError Error = failed("   ");
    CHECK(Error.Offset == 3);
    CHECK_THAT(Error.Message, Contains("expected a type"));
  }
}

TEST_CASE("an unknown word is an error at its first character", "[jstype][error]") {
  SECTION("numbr") {
    JSTypeError Error = failed("numbr");
    CHECK(Error.Offset == 0);
    CHECK_THAT(Error.Message, Contains("unknown type 'numbr'"));
    // The message lists what is allowed.
    CHECK_THAT(Error.Message, Contains("number"));
    CHECK_THAT(Error.Message, Contains("promise<...>"));
  }
  SECTION("C++ name int") {
    JSTypeError Error = failed("int");
    CHECK(Error.Offset == 0);
    CHECK_THAT(Error.Message, Contains("unknown type 'int'"));
  }
  SECTION("inside an argument list") {
    JSTypeError Error = failed("promise<  numbr>");
    CHECK(Error.Offset == 10);
    CHECK_THAT(Error.Message, Contains("unknown type 'numbr'"));
  }
  SECTION("a lone underscore") {
    JSTypeError Error = failed("_");
    CHECK(Error.Offset == 0);
    CHECK_THAT(Error.Message, Contains("unknown type '_'"));
  }
}

TEST_CASE("keywords are lowercase", "[jstype][error]") {
  SECTION("Number") {
    JSTypeError Error = failed("Number");
    CHECK(Error.Offset == 0);
    CHECK_THAT(Error.Message, Contains("did you mean 'number'?"));
  }
  SECTION("NUMBER") { CHECK(failed("NUMBER").Offset == 0); }
  SECTION("Promise<number>") { CHECK(failed("Promise<number>").Offset == 0); }
  SECTION("array<Date>") { CHECK(failed("array<Date>").Offset == 6); }
  SECTION("numberX: one unknown word, not a keyword with junk after it") {
    JSTypeError Error = failed("numberX");
    CHECK(Error.Offset == 0);
    CHECK_THAT(Error.Message, Contains("unknown type 'numberX'"));
  }
  SECTION("int64: digits belong to the word") {
    JSTypeError Error = failed("int64");
    CHECK(Error.Offset == 0);
    CHECK_THAT(Error.Message, Contains("unknown type 'int64'"));
  }
}

TEST_CASE("a keyword without arguments takes no argument list", "[jstype][error]") {
  SECTION("number<x>") {
    JSTypeError Error = failed("number<x>");
    CHECK(Error.Offset == 6);
    CHECK_THAT(Error.Message, Contains("'number' takes no type arguments"));
  }
  SECTION("string <number> (after a space)") {
    JSTypeError Error = failed("string <number>");
    CHECK(Error.Offset == 7);
    CHECK_THAT(Error.Message, Contains("'string' takes no type arguments"));
  }
}

TEST_CASE("promise, array and function need an argument list", "[jstype][error]") {
  SECTION("promise") {
    JSTypeError Error = failed("promise");
    CHECK(Error.Offset == 7);
    CHECK_THAT(Error.Message, Contains("'promise' needs type arguments"));
  }
  SECTION("array followed by junk") {
    JSTypeError Error = failed("array number");
    CHECK(Error.Offset == 6);
    CHECK_THAT(Error.Message, Contains("'array' needs type arguments"));
  }
  SECTION("function, nested") {
    JSTypeError Error = failed("promise<function>");
    CHECK(Error.Offset == 16);
    CHECK_THAT(Error.Message, Contains("'function' needs type arguments"));
  }
}

TEST_CASE("an empty argument list is an error at the '>'", "[jstype][error]") {
  SECTION("promise<>") {
    JSTypeError Error = failed("promise<>");
    CHECK(Error.Offset == 8);
    CHECK_THAT(Error.Message, Contains("expected a type, found '>'"));
  }
  SECTION("function<>") {
    JSTypeError Error = failed("function<>");
    CHECK(Error.Offset == 9);
    CHECK_THAT(Error.Message, Contains("expected a type"));
  }
  SECTION("array< >") { CHECK(failed("array< >").Offset == 7); }
}

TEST_CASE("a wrong number of type arguments is an error at the '<'", "[jstype][error]") {
  SECTION("promise<number, string>") {
    JSTypeError Error = failed("promise<number, string>");
    CHECK(Error.Offset == 7);
    CHECK_THAT(Error.Message, Contains("'promise' takes 1 type argument, not 2"));
  }
  SECTION("array<number, number>") {
    JSTypeError Error = failed("array<number, number>");
    CHECK(Error.Offset == 5);
    CHECK_THAT(Error.Message, Contains("'array' takes 1 type argument, not 2"));
  }
  SECTION("function with 17 type arguments") {
    JSTypeError Error = failed("function<" + repeat("number, ", 16) + "void>");
    CHECK(Error.Offset == 8);
    CHECK_THAT(Error.Message, Contains("'function' takes 1 to 16 type arguments, not 17"));
  }
}

TEST_CASE("an argument list must be closed", "[jstype][error]") {
  SECTION("missing '>' at the end") {
    JSTypeError Error = failed("array<number");
    CHECK(Error.Offset == 12);
    CHECK_THAT(Error.Message, Contains("missing '>'"));
  }
  SECTION("one of two '>' missing") {
    JSTypeError Error = failed("promise<array<number>");
    CHECK(Error.Offset == 21);
    CHECK_THAT(Error.Message, Contains("missing '>'"));
  }
  SECTION("a trailing comma") {
    JSTypeError Error = failed("function<number,");
    CHECK(Error.Offset == 16);
    CHECK_THAT(Error.Message, Contains("expected a type"));
  }
  SECTION("two arguments without a comma") {
    JSTypeError Error = failed("function<number string>");
    CHECK(Error.Offset == 16);
    CHECK_THAT(Error.Message, Contains("expected ',' or '>'"));
  }
}

TEST_CASE("nothing may follow the type", "[jstype][error]") {
  SECTION("a second word") {
    JSTypeError Error = failed("number x");
    CHECK(Error.Offset == 7);
    CHECK_THAT(Error.Message, Contains("unexpected 'x' after the type"));
  }
  SECTION("an extra '>'") {
    JSTypeError Error = failed("array<number>>");
    CHECK(Error.Offset == 13);
    CHECK_THAT(Error.Message, Contains("unexpected '>'"));
  }
  SECTION("a comma at top level") {
    CHECK(failed("number, string").Offset == 6);
  }
  SECTION("a C++ qualifier") {
    CHECK(failed("number*").Offset == 6);
  }
  SECTION("a newline is not whitespace here") {
    CHECK(failed("number\n").Offset == 6);
  }
}

TEST_CASE("nesting deeper than 32 levels is an error, not a crash", "[jstype][error]") {
  SECTION("33 levels") {
    JSTypeError Error = failed(repeat("array<", 33) + "number" + repeat(">", 33));
    CHECK(Error.Offset == 33 * 6);
    CHECK_THAT(Error.Message, Contains("nest deeper than 32"));
  }
  SECTION("40 levels") {
    JSTypeError Error = failed(repeat("promise<", 40) + "number" + repeat(">", 40));
    CHECK(Error.Offset == 33 * 8);
    CHECK_THAT(Error.Message, Contains("nest deeper"));
  }
  SECTION("100000 levels, unclosed") {
    JSTypeError Error = failed(repeat("array<", 100000));
    CHECK(Error.Offset == 33 * 6);
  }
}

TEST_CASE("very long input is handled", "[jstype][error]") {
  SECTION("a 100000-character unknown word") {
    JSTypeError Error = failed(repeat("x", 100000));
    CHECK(Error.Offset == 0);
    CHECK_THAT(Error.Message, Contains("unknown type"));
  }
  SECTION("a 100000-character tail of junk") {
    JSTypeError Error = failed("number " + repeat("?", 100000));
    CHECK(Error.Offset == 7);
  }
  SECTION("a huge function list fails at its '<'") {
    JSTypeError Error = failed("function<" + repeat("number,", 10000) + "void>");
    CHECK(Error.Offset == 8);
    CHECK_THAT(Error.Message, Contains("not 10001"));
  }
}

TEST_CASE("only the first error is reported", "[jstype][error]") {
  // number<x> fails at the '<' and leaves "<x>" unread; the trailing-junk error must not replace it.
  JSTypeError Error = failed("number<x> junk");
  CHECK(Error.Offset == 6);
  CHECK_THAT(Error.Message, Contains("takes no type arguments"));
}
