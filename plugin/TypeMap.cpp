#include "TypeMap.h"

#include "clang/AST/DeclTemplate.h"

namespace jsinterop {
using namespace clang;

namespace {

using abi::wire_type;

// The class template specialization T names, when its template is `Name` in namespace `Namespace`
// ("std", "std::chrono" or "jsinterop"; inline namespaces such as libc++'s __2 are skipped).
std::string enclosingNamespaces(const Decl *D) {
  std::string Enclosing;
  for (const DeclContext *DC = D->getDeclContext(); DC; DC = DC->getParent())
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC); NS && !NS->isInline())
      Enclosing = Enclosing.empty() ? NS->getName().str() : NS->getName().str() + "::" + Enclosing;
  return Enclosing;
}

const ClassTemplateSpecializationDecl *specialization(QualType T, StringRef Namespace,
                                                      StringRef Name) {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(T->getAsCXXRecordDecl());
  if (!Spec || Spec->getName() != Name || enclosingNamespaces(Spec) != Namespace)
    return nullptr;
  return Spec;
}

QualType typeArgument(const ClassTemplateSpecializationDecl *Spec, unsigned Index) {
  const TemplateArgumentList &Args = Spec->getTemplateArgs();
  if (Index >= Args.size() || Args[Index].getKind() != TemplateArgument::Type)
    return QualType();
  return Args[Index].getAsType();
}

bool isRecord(QualType T, StringRef Namespace, StringRef Name) {
  const auto *Record = T->getAsCXXRecordDecl();
  return Record && Record->getName() == Name && !isa<ClassTemplateSpecializationDecl>(Record) &&
         enclosingNamespaces(Record) == Namespace;
}

// The wire type of a builtin arithmetic type that needs no marshal_as choice.
std::optional<wire_type> arithmeticWire(QualType T) {
  const auto *Builtin = T->getAs<BuiltinType>();
  if (!Builtin)
    return std::nullopt;
  switch (Builtin->getKind()) {
  case BuiltinType::Bool: return wire_type::Bool;
  case BuiltinType::SChar: return wire_type::Int8;
  case BuiltinType::UChar: return wire_type::Uint8;
  case BuiltinType::Short: return wire_type::Int16;
  case BuiltinType::UShort: return wire_type::Uint16;
  case BuiltinType::Int: return wire_type::Int32;
  case BuiltinType::UInt: return wire_type::Uint32;
  case BuiltinType::Long: return wire_type::IntPtr;   // std::intptr_t on wasm32
  case BuiltinType::ULong: return wire_type::Uint32;  // std::size_t on wasm32
  case BuiltinType::Float: return wire_type::Float32;
  case BuiltinType::Double: return wire_type::Float64;
  default: return std::nullopt;
  }
}

bool is64BitInteger(QualType T) {
  return T->isSpecificBuiltinType(BuiltinType::LongLong) ||
         T->isSpecificBuiltinType(BuiltinType::ULongLong);
}

bool isMemoryViewElement(wire_type Type) {
  switch (Type) {
  case wire_type::Uint8: case wire_type::Int8: case wire_type::Uint16: case wire_type::Int16:
  case wire_type::Int32: case wire_type::Uint32: case wire_type::Float32: case wire_type::Float64:
  case wire_type::Int64BigInt: case wire_type::Uint64BigInt:
    return true;
  default:
    return false;
  }
}

// The MarshalAs column of wire_types.def lists the marshal_as keywords that fit a wire type.
bool fits(const JSType &MarshalAs, wire_type Type) {
  std::string_view Keywords = abi::info(Type).marshal_as;
  std::string_view Keyword = keyword(MarshalAs.Kind);
  for (std::size_t Start = 0; Start < Keywords.size();) {
    std::size_t End = Keywords.find(' ', Start);
    if (End == std::string_view::npos)
      End = Keywords.size();
    if (Keywords.substr(Start, End - Start) == Keyword && MarshalAs.Arguments.empty())
      return true;
    Start = End + 1;
  }
  return false;
}

std::string firstKeyword(wire_type Type) {
  std::string_view Keywords = abi::info(Type).marshal_as;
  return std::string(Keywords.substr(0, Keywords.find(' ')));
}

class Classifier {
public:
  explicit Classifier(Position Where) : Where(Where) {}

  Classification run(QualType Type, const JSType *MarshalAs) {
    Classification Result;
    if (const auto *Ref = Type->getAs<ReferenceType>()) {
      QualType Pointee = Ref->getPointeeType();
      bool ConstLValue = isa<LValueReferenceType>(Ref) && Pointee.isConstQualified() &&
                         !Pointee.isVolatileQualified();
      if (Where == Position::Result || !ConstLValue) {
        Result.Why = Rejection{Rejection::Reference, Type, "", ""};
        return Result;
      }
      Type = Pointee;
    }
    Result.Result = visit(Type, MarshalAs, /*Outermost=*/true, /*InContainer=*/false);
    Result.Mode = Mode;
    Result.Why = Why;
    return Result;
  }

private:
  Position Where;
  LeafMode Mode = LeafMode::Default;
  std::optional<Rejection> Why;

  std::optional<Wire> fail(Rejection::Kind What, QualType Type, std::string MarshalAs = "",
                           std::string Expected = "") {
    if (!Why)
      Why = Rejection{What, Type, std::move(MarshalAs), std::move(Expected)};
    return std::nullopt;
  }

  std::optional<Wire> mismatch(QualType Type, const JSType &MarshalAs, std::string Expected) {
    return fail(Rejection::MarshalAsMismatch, Type, MarshalAs.spelling(), std::move(Expected));
  }

  // A scalar whose marshal_as, if any, must be one of its row's keywords.
  std::optional<Wire> scalar(QualType Type, wire_type Wire_, const JSType *MarshalAs) {
    if (MarshalAs && !fits(*MarshalAs, Wire_))
      return mismatch(Type, *MarshalAs, std::string(abi::info(Wire_).marshal_as));
    return Wire{Wire_, {}};
  }

  std::optional<Wire> wrap(wire_type Template, std::optional<Wire> Inner) {
    if (!Inner)
      return std::nullopt;
    return Wire{Template, {std::move(*Inner)}};
  }

  // Declared keeps the user's spelling for messages; Type is what the checks look at.
  std::optional<Wire> visit(QualType Declared, const JSType *MarshalAs, bool Outermost,
                            bool InContainer) {
    QualType Type = Declared.getCanonicalType().getUnqualifiedType();
    bool AsResult = Where == Position::Result;

    if (Type->isVoidType()) {
      if (!(AsResult && (Outermost || InResult)))
        return fail(Rejection::Unsupported, Declared);
      return scalar(Declared, wire_type::Void, MarshalAs);
    }
    if (const auto *Spec = resultSpecialization(Type)) {
      if (!(AsResult && Outermost))
        return fail(Rejection::ResultPosition, Declared);
      InResult = true;
      return wrap(wire_type::Result, visit(typeArgument(Spec, 0), MarshalAs, false, false));
    }
    if (const auto *Spec = specialization(Type, "std", "optional")) {
      QualType Inner = typeArgument(Spec, 0);
      if (specialization(Inner.getCanonicalType(), "std", "optional"))
        return fail(Rejection::NestedOptional, Declared);
      return wrap(wire_type::Optional, visit(Inner, MarshalAs, false, true));
    }
    if (const auto *Spec = specialization(Type, "std", "vector")) {
      if (MarshalAs && MarshalAs->Kind != JSTypeKind::Array)
        return mismatch(Declared, *MarshalAs, "array<...>");
      const JSType *Element = MarshalAs ? &MarshalAs->Arguments.front() : nullptr;
      return wrap(wire_type::Array, visit(typeArgument(Spec, 0), Element, false, true));
    }
    bool IsSpan = specialization(Type, "std", "span") != nullptr;
    if (const auto *Spec = IsSpan ? specialization(Type, "std", "span")
                                  : specialization(Type, "jsinterop", "array_segment"))
      return memoryView(Declared, IsSpan ? wire_type::Span : wire_type::Segment,
                        typeArgument(Spec, 0), MarshalAs, InContainer);
    if (const auto *Spec = specialization(Type, "std", "basic_string"))
      return string(Declared, typeArgument(Spec, 0), /*IsView=*/false, MarshalAs, InContainer);
    if (const auto *Spec = specialization(Type, "std", "basic_string_view"))
      return string(Declared, typeArgument(Spec, 0), /*IsView=*/true, MarshalAs, InContainer);
    if (const auto *Spec = specialization(Type, "std::chrono", "time_point")) {
      QualType Clock = typeArgument(Spec, 0);
      if (!Clock.isNull() && isRecord(Clock.getCanonicalType(), "std::chrono", "system_clock"))
        return scalar(Declared, wire_type::Date, MarshalAs);
      return fail(Rejection::Unsupported, Declared);
    }
    if (isRecord(Type, "jsinterop", "object"))
      return scalar(Declared, wire_type::Object, MarshalAs);
    if (isRecord(Type, "jsinterop", "any"))
      return scalar(Declared, wire_type::Any, MarshalAs);
    if (isRecord(Type, "jsinterop", "js_error"))
      return scalar(Declared, wire_type::Error, MarshalAs);
    if (Type->isPointerType()) {
      if (Type->getPointeeType()->isVoidType())
        return scalar(Declared, wire_type::Pointer, MarshalAs);
      return fail(Rejection::Unsupported, Declared);
    }
    if (is64BitInteger(Type))
      return int64(Declared, MarshalAs);
    if (Type->isSpecificBuiltinType(BuiltinType::Char16)) {
      if (MarshalAs && MarshalAs->Kind == JSTypeKind::Number && MarshalAs->Arguments.empty()) {
        Mode = LeafMode::Number;
        return Wire{wire_type::Char16Number, {}};
      }
      if (MarshalAs && !fits(*MarshalAs, wire_type::Char16))
        return mismatch(Declared, *MarshalAs, "string or number");
      return Wire{wire_type::Char16, {}};
    }
    if (std::optional<wire_type> Arithmetic = arithmeticWire(Type))
      return scalar(Declared, *Arithmetic, MarshalAs);
    return fail(Rejection::Unsupported, Declared);
  }

  bool InResult = false;

  // jsinterop::result<T>, or std::expected<T, jsinterop::js_error> (what it is in C++23).
  const ClassTemplateSpecializationDecl *resultSpecialization(QualType Type) {
    if (const auto *Spec = specialization(Type, "jsinterop", "result"))
      return Spec;
    if (const auto *Spec = specialization(Type, "std", "expected")) {
      QualType Error = typeArgument(Spec, 1);
      if (!Error.isNull() && isRecord(Error.getCanonicalType(), "jsinterop", "js_error"))
        return Spec;
    }
    return nullptr;
  }

  std::optional<Wire> int64(QualType Type, const JSType *MarshalAs) {
    bool Signed = Type.getCanonicalType()->isSpecificBuiltinType(BuiltinType::LongLong);
    if (!MarshalAs)
      return fail(Rejection::NeedsMarshalAs, Type);
    if (MarshalAs->Arguments.empty() && MarshalAs->Kind == JSTypeKind::Number) {
      Mode = LeafMode::Number;
      return Wire{Signed ? wire_type::Int64Number : wire_type::Uint64Number, {}};
    }
    if (MarshalAs->Arguments.empty() && MarshalAs->Kind == JSTypeKind::BigInt) {
      Mode = LeafMode::BigInt;
      return Wire{Signed ? wire_type::Int64BigInt : wire_type::Uint64BigInt, {}};
    }
    return mismatch(Type, *MarshalAs, "number or bigint");
  }

  std::optional<Wire> string(QualType Type, QualType Char, bool IsView, const JSType *MarshalAs,
                             bool InContainer) {
    if (Char.isNull())
      return fail(Rejection::Unsupported, Type);
    Char = Char.getCanonicalType();
    wire_type Wire_;
    if (Char->isSpecificBuiltinType(BuiltinType::Char_S) ||
        Char->isSpecificBuiltinType(BuiltinType::Char_U))
      Wire_ = wire_type::String;
    else if (Char->isSpecificBuiltinType(BuiltinType::Char16))
      Wire_ = wire_type::U16String;
    else
      return fail(Rejection::Unsupported, Type);
    if (IsView && Where == Position::Result)
      return fail(Rejection::ViewResult, Type);
    if (IsView && InContainer)
      return fail(Rejection::ViewInside, Type);
    return scalar(Type, Wire_, MarshalAs);
  }

  std::optional<Wire> memoryView(QualType Type, wire_type View, QualType Element,
                                 const JSType *MarshalAs, bool InContainer) {
    if (MarshalAs && MarshalAs->Kind != JSTypeKind::MemoryView)
      return mismatch(Type, *MarshalAs, "memory_view");
    if (View == wire_type::Span && Where == Position::Result)
      return fail(Rejection::ViewResult, Type);
    if (InContainer)
      return fail(Rejection::ViewInside, Type);
    if (Element.isNull())
      return fail(Rejection::MemoryViewElement, Type);
    Element = Element.getCanonicalType().getUnqualifiedType();
    // A typed array holds 64-bit integers as BigInts only: no marshal_as to choose.
    std::optional<wire_type> ElementWire = arithmeticWire(Element);
    if (is64BitInteger(Element)) {
      Mode = LeafMode::BigInt;
      ElementWire = Element->isSpecificBuiltinType(BuiltinType::LongLong) ? wire_type::Int64BigInt
                                                                          : wire_type::Uint64BigInt;
    }
    if (!ElementWire || !isMemoryViewElement(*ElementWire))
      return fail(Rejection::MemoryViewElement, Element);
    return Wire{View, {Wire{*ElementWire, {}}}};
  }
};

} // namespace

std::string Wire::spelling() const {
  std::string Result(info().name);
  if (!Args.empty())
    Result += "<" + Args.front().spelling() + ">";
  return Result;
}

Classification classify(QualType Type, Position Where,
                        const JSType *MarshalAs) {
  return Classifier(Where).run(Type, MarshalAs);
}

std::string marshalAsFor(QualType Type, std::string_view Leaf) {
  Type = Type.getNonReferenceType().getCanonicalType().getUnqualifiedType();
  for (StringRef Wrapper : {"optional", "result"})
    if (const auto *Spec = specialization(Type, Wrapper == "result" ? "jsinterop" : "std", Wrapper))
      return marshalAsFor(typeArgument(Spec, 0), Leaf);
  if (const auto *Spec = specialization(Type, "std", "vector"))
    return "array<" + marshalAsFor(typeArgument(Spec, 0), Leaf) + ">";
  if (is64BitInteger(Type))
    return std::string(Leaf);
  Classification Inner = classify(Type, Position::Parameter, nullptr);
  return Inner.Result ? firstKeyword(Inner.Result->Type) : "any";
}

std::string supportedTypes() {
  std::string List;
  for (const abi::wire_type_info &Info : abi::wire_type_table) {
    if (Info.name == abi::info(wire_type::Void).name)
      continue;
    if (!List.empty())
      List += "; ";
    List += std::string(Info.cxx_types);
  }
  return List + "; and void as a result";
}

} // namespace jsinterop
