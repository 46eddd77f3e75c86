// jsinterop::classify (plugin/TypeMap.h) on real Clang types: each case is a function declared in
// one small translation unit (wasm32, no sysroot: std::basic_string and basic_string_view are
// stand-ins in libc++'s inline namespace), and the test classifies its parameter or result.
#include "TypeMap.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Tooling/Tooling.h"

#include <catch2/catch.hpp>

#include <memory>
#include <string>

using namespace jsinterop;

namespace {

constexpr const char *Source = R"cpp(
namespace std {
inline namespace __2 {
template <class C, class T = void, class A = void> class basic_string {};
template <class C, class T = void> class basic_string_view {};
using string = basic_string<char>;
using string_view = basic_string_view<char>;
using u16string = basic_string<char16_t>;
using u16string_view = basic_string_view<char16_t>;
} // namespace __2
using int32_t = int;
using int64_t = long long;
} // namespace std

namespace other { template <class C> class basic_string {}; }
struct string {};
using MyInt = int;
using MyString = std::string;
enum Color { Red };
enum class Scoped : int { A };

// Parameters: p_<case>(T).
void p_bool(bool);
void p_int(int);
void p_int32(std::int32_t);
void p_myint(MyInt);
void p_const_int(const int);
void p_double(double);
void p_string(std::string);
void p_mystring(MyString);
void p_string_view(std::string_view);
void p_cref_bool(const bool &);
void p_cref_int(const int &);
void p_cref_double(const double &);
void p_cref_string(const std::string &);
void p_cref_string_view(const std::string_view &);
void p_ref_int(int &);
void p_ref_string(std::string &);
void p_rref_int(int &&);
void p_rref_string(std::string &&);
void p_crref_string(const std::string &&);
void p_cvref_int(const volatile int &);
void p_ptr_int(int *);
void p_ptr_char(const char *);
void p_ptr_void(void *);
void p_long_long(long long);
void p_int64(std::int64_t);
void p_long(long);
void p_unsigned(unsigned);
void p_short(short);
void p_char(char);
void p_float(float);
void p_long_double(long double);
void p_u16string(std::u16string);
void p_u16string_view(std::u16string_view);
void p_wide_string(std::basic_string<wchar_t>);
void p_other_string(other::basic_string<char>);
void p_global_string(::string);
void p_enum(Color);
void p_wchar(wchar_t);
struct Point { int x, y; };
void p_struct(Point);
void p_scoped_enum(Scoped);
void p_array(int (&)[2]);
void p_function_pointer(void (*)());

// Results: r_<case>().
void r_void();
bool r_bool();
int r_int();
const int r_const_int();
double r_double();
std::string r_string();
MyString r_mystring();
std::string_view r_string_view();
const std::string &r_cref_string();
int &r_ref_int();
std::string &&r_rref_string();
const std::string_view &r_cref_string_view();
int *r_ptr_int();
long long r_long_long();
float r_float();
std::u16string r_u16string();
long double r_long_double();
Point r_struct();
)cpp";

clang::ASTUnit &unit() {
  static std::unique_ptr<clang::ASTUnit> Unit = clang::tooling::buildASTFromCodeWithArgs(
      Source, {"-std=c++20", "--target=wasm32-wasip1", "-nostdinc++"}, "typemap-test.cpp");
  REQUIRE(Unit);
  REQUIRE_FALSE(Unit->getDiagnostics().hasErrorOccurred());
  return *Unit;
}

const clang::FunctionDecl &function(const std::string &Name) {
  clang::ASTContext &Ctx = unit().getASTContext();
  auto Found = Ctx.getTranslationUnitDecl()->lookup(&Ctx.Idents.get(Name));
  REQUIRE(Found.isSingleResult());
  const auto *FD = llvm::dyn_cast<clang::FunctionDecl>(Found.front());
  REQUIRE(FD);
  return *FD;
}

Classification parameter(const std::string &Case) {
  const clang::FunctionDecl &FD = function("p_" + Case);
  REQUIRE(FD.getNumParams() == 1);
  return classify(FD.getParamDecl(0)->getType(), Position::Parameter,
                  /*MarshalAs=*/nullptr);
}

Classification result(const std::string &Case) {
  const clang::FunctionDecl &FD = function("r_" + Case);
  return classify(FD.getReturnType(), Position::Result,
                  /*MarshalAs=*/nullptr);
}

void checkWire(const Classification &C, abi::wire_type Wire) {
  CHECK_FALSE(C.Why.has_value());
  REQUIRE(C.Result.has_value());
  CHECK(C.Result->Type == Wire);
  CHECK(C.Result->Args.empty());
  CHECK(C.Result->spelling() == std::string(abi::info(Wire).name));
  CHECK(C.Mode == LeafMode::Default);
}

void checkRejected(const Classification &C, Rejection::Kind Why) {
  CHECK_FALSE(C.Result.has_value());
  REQUIRE(C.Why.has_value());
  CHECK(C.Why->What == Why);
}

} // namespace

TEST_CASE("parameters by value map to their wire type", "[typemap]") {
  SECTION("bool") { checkWire(parameter("bool"), abi::wire_type::Bool); }
  SECTION("int") { checkWire(parameter("int"), abi::wire_type::Int32); }
  SECTION("std::int32_t") { checkWire(parameter("int32"), abi::wire_type::Int32); }
  SECTION("a typedef of int") { checkWire(parameter("myint"), abi::wire_type::Int32); }
  SECTION("const int") { checkWire(parameter("const_int"), abi::wire_type::Int32); }
  SECTION("double") { checkWire(parameter("double"), abi::wire_type::Float64); }
  SECTION("std::string") { checkWire(parameter("string"), abi::wire_type::String); }
  SECTION("a typedef of std::string") { checkWire(parameter("mystring"), abi::wire_type::String); }
  SECTION("std::string_view") { checkWire(parameter("string_view"), abi::wire_type::String); }
}

TEST_CASE("parameters by const reference map like by value", "[typemap]") {
  SECTION("const bool&") { checkWire(parameter("cref_bool"), abi::wire_type::Bool); }
  SECTION("const int&") { checkWire(parameter("cref_int"), abi::wire_type::Int32); }
  SECTION("const double&") { checkWire(parameter("cref_double"), abi::wire_type::Float64); }
  SECTION("const std::string&") { checkWire(parameter("cref_string"), abi::wire_type::String); }
  SECTION("const std::string_view&") {
    checkWire(parameter("cref_string_view"), abi::wire_type::String);
  }
}

TEST_CASE("other reference parameters are rejected as references", "[typemap]") {
  SECTION("int&") { checkRejected(parameter("ref_int"), Rejection::Reference); }
  SECTION("std::string&") { checkRejected(parameter("ref_string"), Rejection::Reference); }
  SECTION("int&&") { checkRejected(parameter("rref_int"), Rejection::Reference); }
  SECTION("std::string&&") { checkRejected(parameter("rref_string"), Rejection::Reference); }
  SECTION("const std::string&&") { checkRejected(parameter("crref_string"), Rejection::Reference); }
  SECTION("const volatile int&") { checkRejected(parameter("cvref_int"), Rejection::Reference); }
}

TEST_CASE("types outside the table are unsupported parameters", "[typemap]") {
  // Only types that API.md section 3 keeps out (pointers other than void*, long double, wchar_t,
  // look-alikes of std::string). float, the other integers, char16_t, std::u16string and void*
  // are planned wire types (wire_types.def): test them where they are added.
  const char *Cases[] = {"ptr_int",      "ptr_char",     "long_double",  "wide_string",
                         "other_string", "global_string", "function_pointer", "wchar",
                         "struct"};
  for (const char *Case : Cases)
    SECTION(Case) { checkRejected(parameter(Case), Rejection::Unsupported); }
  // A reference to an array is a non-const reference before it is an unsupported type.
  SECTION("int(&)[2]") { checkRejected(parameter("array"), Rejection::Reference); }
}

TEST_CASE("results by value map to their wire type", "[typemap]") {
  SECTION("void") { checkWire(result("void"), abi::wire_type::Void); }
  SECTION("bool") { checkWire(result("bool"), abi::wire_type::Bool); }
  SECTION("int") { checkWire(result("int"), abi::wire_type::Int32); }
  SECTION("const int") { checkWire(result("const_int"), abi::wire_type::Int32); }
  SECTION("double") { checkWire(result("double"), abi::wire_type::Float64); }
  SECTION("std::string") { checkWire(result("string"), abi::wire_type::String); }
  SECTION("a typedef of std::string") { checkWire(result("mystring"), abi::wire_type::String); }
}

TEST_CASE("a string_view result would dangle", "[typemap]") {
  checkRejected(result("string_view"), Rejection::ViewResult);
}

TEST_CASE("every reference result is rejected as a reference", "[typemap]") {
  SECTION("const std::string&") { checkRejected(result("cref_string"), Rejection::Reference); }
  SECTION("int&") { checkRejected(result("ref_int"), Rejection::Reference); }
  SECTION("std::string&&") { checkRejected(result("rref_string"), Rejection::Reference); }
  SECTION("const std::string_view&") {
    checkRejected(result("cref_string_view"), Rejection::Reference);
  }
}

TEST_CASE("types outside the table are unsupported results", "[typemap]") {
  SECTION("int*") { checkRejected(result("ptr_int"), Rejection::Unsupported); }
  SECTION("long double") { checkRejected(result("long_double"), Rejection::Unsupported); }
  SECTION("a struct") { checkRejected(result("struct"), Rejection::Unsupported); }
}

TEST_CASE("supportedTypes() lists the C++ types of every non-void row", "[typemap]") {
  std::string List = supportedTypes();
  for (const abi::wire_type_info &Info : abi::wire_type_table) {
    if (Info.name == "void")
      continue;
    CHECK_THAT(List, Catch::Matchers::Contains(std::string(Info.cxx_types)));
  }
  CHECK_THAT(List, Catch::Matchers::EndsWith("and void as a result"));
}
