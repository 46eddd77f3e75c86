// The wire type table (runtime/include/jsinterop/abi/wire_types.def): the one definition of the
// type mapping that the plugin, the C++ runtime and the JS runtime read. These tests hold each
// column to the format that wire_types.def documents.
#include "JSType.h"
#include "jsinterop/abi/wire_types.h"

#include <catch2/catch.hpp>

#include <set>
#include <sstream>
#include <string>
#include <variant>

using namespace jsinterop;

namespace {

std::string str(std::string_view View) { return std::string(View); }

// Rows of JSINTEROP_WIRE_TEMPLATE (optional<T>, array<T>, ...) take a wire type argument and may
// leave a column empty where T decides; wire_type_info has no is_template before templates exist.
template <class Info> auto isTemplate(const Info &Row, int) -> decltype(bool(Row.is_template)) {
  return Row.is_template;
}
template <class Info> bool isTemplate(const Info &, long) { return false; }
bool isTemplate(const abi::wire_type_info &Row) { return isTemplate(Row, 0); }

// A keyword of the MarshalAs column: a type without arguments (number), or the keyword of one
// that takes them (array, for the array<T> wire template). Returns the kind's canonical keyword,
// or "" when Keyword is not one.
std::string parsedKeyword(const std::string &Keyword) {
  for (const std::string &Text : {Keyword, Keyword + "<any>"}) {
    auto Parsed = parseJSType(Text);
    if (const auto *Type = std::get_if<JSType>(&Parsed))
      return std::string(keyword(Type->Kind));
  }
  return "";
}

std::vector<std::string> words(std::string_view Text) {
  std::istringstream In{std::string(Text)};
  std::vector<std::string> Words;
  for (std::string Word; In >> Word;)
    Words.push_back(Word);
  return Words;
}

} // namespace

TEST_CASE("the table has one row per wire_type enumerator, in order", "[wire]") {
  constexpr std::size_t Rows = std::size(abi::wire_type_table);
  STATIC_REQUIRE(Rows >= 1);
  CHECK(&abi::info(abi::wire_type::Void) == &abi::wire_type_table[0]);
  CHECK(abi::info(abi::wire_type::Void).name == "void");
  CHECK(abi::info(abi::wire_type::Bool).name == "bool");
  CHECK(abi::info(abi::wire_type::Int32).name == "int32");
  CHECK(abi::info(abi::wire_type::Float64).name == "float64");
  CHECK(abi::info(abi::wire_type::String).name == "string");
}

TEST_CASE("wire type names are unique, non-empty identifiers", "[wire]") {
  std::set<std::string> Seen;
  for (const abi::wire_type_info &Info : abi::wire_type_table) {
    INFO("wire type '" << str(Info.name) << "'");
    CHECK_FALSE(Info.name.empty());
    for (char C : Info.name)
      CHECK(((C >= 'a' && C <= 'z') || (C >= '0' && C <= '9') || C == '_'));
    CHECK(Seen.insert(str(Info.name)).second);
  }
}

TEST_CASE("every row fills its documentation columns", "[wire]") {
  for (const abi::wire_type_info &Info : abi::wire_type_table) {
    INFO("wire type '" << str(Info.name) << "'");
    CHECK_FALSE(Info.js_type.empty());
    CHECK_FALSE(Info.cxx_types.empty());
    // A template's marshal_as may be empty: its argument's keywords apply.
    if (!isTemplate(Info))
      CHECK_FALSE(Info.marshal_as.empty());
  }
}

TEST_CASE("param_wasm uses only the letters i, I, f, d", "[wire]") {
  for (const abi::wire_type_info &Info : abi::wire_type_table) {
    INFO("wire type '" << str(Info.name) << "' param_wasm \"" << str(Info.param_wasm) << "\"");
    CHECK(Info.param_wasm.find_first_not_of("iIfd") == std::string_view::npos);
  }
}

TEST_CASE("result_wasm is empty, one wasm letter, or p", "[wire]") {
  for (const abi::wire_type_info &Info : abi::wire_type_table) {
    INFO("wire type '" << str(Info.name) << "' result_wasm \"" << str(Info.result_wasm) << "\"");
    bool Valid = Info.result_wasm.empty() ||
                 (Info.result_wasm.size() == 1 &&
                  std::string_view("iIfdp").find(Info.result_wasm[0]) != std::string_view::npos);
    CHECK(Valid);
  }
}

TEST_CASE("result_in_memory is exactly the rows whose result is p", "[wire]") {
  CHECK(abi::result_in_memory(abi::wire_type::String));
  CHECK_FALSE(abi::result_in_memory(abi::wire_type::Void));
  CHECK_FALSE(abi::result_in_memory(abi::wire_type::Bool));
  CHECK_FALSE(abi::result_in_memory(abi::wire_type::Int32));
  CHECK_FALSE(abi::result_in_memory(abi::wire_type::Float64));
}

TEST_CASE("a keyword that is not a marshal_as type is caught", "[wire][jstype]") {
  // The helper behind the table test: it must not accept everything.
  CHECK(parsedKeyword("number") == "number");
  CHECK(parsedKeyword("array") == "array");
  CHECK(parsedKeyword("int32").empty());
  CHECK(parsedKeyword("Number").empty());
  CHECK(parsedKeyword("").empty());
}

TEST_CASE("void has no parameter lowering and no result", "[wire]") {
  const abi::wire_type_info &Void = abi::info(abi::wire_type::Void);
  CHECK(Void.param_wasm.empty());
  CHECK(Void.result_wasm.empty());
  CHECK(Void.js_type == "undefined");
}

TEST_CASE("every other plain wire type lowers to at least one wasm value", "[wire]") {
  // Templates may be parameter-only (span) or result-only (result), so they are not checked here.
  for (const abi::wire_type_info &Info : abi::wire_type_table) {
    if (Info.name == "void" || isTemplate(Info))
      continue;
    INFO("wire type '" << str(Info.name) << "'");
    CHECK_FALSE(Info.param_wasm.empty());
    CHECK_FALSE(Info.result_wasm.empty());
  }
}

TEST_CASE("the lowerings match docs/design.md", "[wire]") {
  CHECK(abi::info(abi::wire_type::Bool).param_wasm == "i");
  CHECK(abi::info(abi::wire_type::Bool).result_wasm == "i");
  CHECK(abi::info(abi::wire_type::Int32).param_wasm == "i");
  CHECK(abi::info(abi::wire_type::Int32).result_wasm == "i");
  CHECK(abi::info(abi::wire_type::Float64).param_wasm == "d");
  CHECK(abi::info(abi::wire_type::Float64).result_wasm == "d");
  CHECK(abi::info(abi::wire_type::String).param_wasm == "ii");
  CHECK(abi::info(abi::wire_type::String).result_wasm == "p");
}

TEST_CASE("every marshal_as keyword in the table parses", "[wire][jstype]") {
  for (const abi::wire_type_info &Info : abi::wire_type_table) {
    std::vector<std::string> Keywords = words(Info.marshal_as);
    INFO("wire type '" << str(Info.name) << "' marshal_as \"" << str(Info.marshal_as) << "\"");
    if (!isTemplate(Info))
      CHECK_FALSE(Keywords.empty());
    for (const std::string &Keyword : Keywords) {
      INFO("keyword '" << Keyword << "'");
      // The checker compares keyword(Kind) against this column, so each entry must be the
      // canonical keyword of a kind.
      CHECK(parsedKeyword(Keyword) == Keyword);
    }
  }
}

TEST_CASE("the marshal_as column is a single-space-separated list", "[wire]") {
  // MarshalAsFits splits on one ' ' and drops empty parts; anything else would hide a keyword.
  for (const abi::wire_type_info &Info : abi::wire_type_table) {
    INFO("wire type '" << str(Info.name) << "'");
    CHECK(Info.marshal_as.find_first_not_of("abcdefghijklmnopqrstuvwxyz_ ") ==
          std::string_view::npos);
    if (!Info.marshal_as.empty()) {
      CHECK(Info.marshal_as.front() != ' ');
      CHECK(Info.marshal_as.back() != ' ');
      CHECK(Info.marshal_as.find("  ") == std::string_view::npos);
    }
  }
}

TEST_CASE("the ABI constants", "[wire]") {
  CHECK(abi::version == 3); // 3: descriptors in the section jsinterop.bindings, short import and export names
  CHECK(abi::import_module == "jsinterop");
  CHECK(abi::descriptor_section == "jsinterop.bindings");
}
