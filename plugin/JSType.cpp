#include "JSType.h"

#include <optional>

namespace jsinterop {
namespace {

struct KindInfo {
  JSTypeKind Kind;
  std::string_view Keyword;
  int MinArguments; // -1: takes no argument list
  int MaxArguments;
};

constexpr KindInfo Kinds[] = {
    {JSTypeKind::Boolean, "boolean", -1, -1},   {JSTypeKind::Number, "number", -1, -1},
    {JSTypeKind::BigInt, "bigint", -1, -1},     {JSTypeKind::String, "string", -1, -1},
    {JSTypeKind::Date, "date", -1, -1},         {JSTypeKind::Object, "object", -1, -1},
    {JSTypeKind::Error, "error", -1, -1},       {JSTypeKind::Any, "any", -1, -1},
    {JSTypeKind::Void, "void", -1, -1},         {JSTypeKind::Discard, "discard", -1, -1},
    {JSTypeKind::MemoryView, "memory_view", -1, -1},
    {JSTypeKind::Promise, "promise", 1, 1},     {JSTypeKind::Array, "array", 1, 1},
    {JSTypeKind::Function, "function", 1, 16},
};

// Deep enough for any real signature, shallow enough that no input exhausts the stack.
constexpr int MaxNesting = 32;

const KindInfo *findKind(std::string_view Word) {
  for (const KindInfo &K : Kinds)
    if (K.Keyword == Word)
      return &K;
  return nullptr;
}

const KindInfo &infoOf(JSTypeKind Kind) {
  for (const KindInfo &K : Kinds)
    if (K.Kind == Kind)
      return K;
  return Kinds[0];
}

std::string knownKeywords() {
  std::string List;
  for (const KindInfo &K : Kinds) {
    if (!List.empty())
      List += ", ";
    List += K.Keyword;
    if (K.MinArguments >= 0)
      List += "<...>";
  }
  return List;
}

class Parser {
public:
  explicit Parser(std::string_view Text) : Text(Text) {}

  std::variant<JSType, JSTypeError> parse() {
    std::optional<JSType> Type = parseType(0);
    if (Type) {
      skipSpace();
      if (Pos != Text.size())
        fail(Pos, "unexpected '" + std::string(1, Text[Pos]) + "' after the type");
    }
    if (Error)
      return *Error;
    return *Type;
  }

private:
  std::string_view Text;
  std::size_t Pos = 0;
  std::optional<JSTypeError> Error;

  void fail(std::size_t Offset, std::string Message) {
    if (!Error)
      Error = JSTypeError{Offset, std::move(Message)};
  }

  void skipSpace() {
    while (Pos < Text.size() && (Text[Pos] == ' ' || Text[Pos] == '\t'))
      ++Pos;
  }

  // Wider than the keywords, so that `Number` or `int64` is reported as an unknown word.
  static bool isWordChar(char C) {
    return (C >= 'a' && C <= 'z') || (C >= 'A' && C <= 'Z') || (C >= '0' && C <= '9') || C == '_';
  }

  std::optional<JSType> parseType(int Depth) {
    skipSpace();
    if (Depth > MaxNesting) {
      fail(Pos, "types nest deeper than " + std::to_string(MaxNesting) + " levels");
      return std::nullopt;
    }
    std::size_t Start = Pos;
    while (Pos < Text.size() && isWordChar(Text[Pos]))
      ++Pos;
    std::string_view Word = Text.substr(Start, Pos - Start);
    if (Word.empty()) {
      fail(Start, Start == Text.size() ? "expected a type" : "expected a type, found '" +
                                                                 std::string(1, Text[Start]) + "'");
      return std::nullopt;
    }
    const KindInfo *Kind = findKind(Word);
    if (!Kind) {
      std::string Lower(Word);
      for (char &C : Lower)
        C = static_cast<char>(C >= 'A' && C <= 'Z' ? C - 'A' + 'a' : C);
      fail(Start, "unknown type '" + std::string(Word) + "'" +
                      (findKind(Lower) ? "; did you mean '" + Lower + "'?"
                                       : "; expected one of " + knownKeywords()));
      return std::nullopt;
    }
    JSType Type{Kind->Kind, {}};
    skipSpace();
    bool HasList = Pos < Text.size() && Text[Pos] == '<';
    if (Kind->MinArguments < 0) {
      if (HasList)
        fail(Pos, "'" + std::string(Word) + "' takes no type arguments");
      return Type;
    }
    if (!HasList) {
      fail(Pos, "'" + std::string(Word) + "' needs type arguments: " + std::string(Word) + "<...>");
      return std::nullopt;
    }
    std::size_t ListStart = Pos++;
    for (;;) {
      std::optional<JSType> Argument = parseType(Depth + 1);
      if (!Argument)
        return std::nullopt;
      Type.Arguments.push_back(std::move(*Argument));
      skipSpace();
      if (Pos < Text.size() && Text[Pos] == ',') {
        ++Pos;
        continue;
      }
      if (Pos < Text.size() && Text[Pos] == '>') {
        ++Pos;
        break;
      }
      fail(Pos, Pos == Text.size() ? "missing '>'" : "expected ',' or '>'");
      return std::nullopt;
    }
    int Count = static_cast<int>(Type.Arguments.size());
    if (Count < Kind->MinArguments || Count > Kind->MaxArguments) {
      std::string Expected = Kind->MinArguments == Kind->MaxArguments
                                 ? std::to_string(Kind->MinArguments)
                                 : std::to_string(Kind->MinArguments) + " to " +
                                       std::to_string(Kind->MaxArguments);
      fail(ListStart, "'" + std::string(Word) + "' takes " + Expected + " type argument" +
                          (Expected == "1" ? "" : "s") + ", not " + std::to_string(Count));
      return std::nullopt;
    }
    return Type;
  }
};

} // namespace

std::string_view keyword(JSTypeKind Kind) { return infoOf(Kind).Keyword; }

std::string JSType::spelling() const {
  std::string Result(keyword(Kind));
  if (infoOf(Kind).MinArguments < 0)
    return Result;
  Result += '<';
  for (std::size_t I = 0; I < Arguments.size(); ++I)
    Result += (I ? ", " : "") + Arguments[I].spelling();
  return Result + '>';
}

std::variant<JSType, JSTypeError> parseJSType(std::string_view Text) {
  return Parser(Text).parse();
}

} // namespace jsinterop
