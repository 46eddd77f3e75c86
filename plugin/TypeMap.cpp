#include "TypeMap.h"

#include "clang/AST/DeclTemplate.h"
#include "llvm/ADT/ScopeExit.h"

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

// A typed handle is a class derived publicly from jsinterop::object (docs/cpp-api.md, "Typed
// handles"): it crosses as its JS object. Returns whether Class is one, and in HasState whether it
// or a class between it and jsinterop::object adds what would not cross (data members, virtual
// functions or bases).
bool isTypedHandle(const CXXRecordDecl *Class, bool &HasState) {
  if (!Class || !Class->hasDefinition())
    return false;
  for (const CXXBaseSpecifier &Base : Class->bases()) {
    if (Base.getAccessSpecifier() != AS_public)
      continue;
    QualType BaseType = Base.getType().getCanonicalType();
    bool IsObject = isRecord(BaseType, "jsinterop", "object");
    if (IsObject || isTypedHandle(BaseType->getAsCXXRecordDecl(), HasState)) {
      HasState = HasState || !Class->field_empty() || Class->isPolymorphic() || Class->getNumVBases() != 0;
      return true;
    }
  }
  return false;
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

// Where a type stands, which decides what it may be.
enum class Context {
  Top,            // the parameter or the result itself
  Element,        // inside optional<> or vector<>
  PromiseValue,   // what a task<> resolves to
  CallbackParam,  // a parameter of a std::function
  CallbackResult, // the result of a std::function
};

class Classifier {
public:
  explicit Classifier(Position Where) : Where(Where) {}

  Classification run(QualType Type, const JSType *MarshalAs) {
    Classification Result;
    // An exported class's instance, borrowed by a parameter (checks/InstanceBorrows.cpp says
    // whose): T& or T* (null for nullptr).
    if (Where == Position::Parameter && (Type->isLValueReferenceType() || Type->isPointerType()))
      if (std::optional<ClassBinding> Bound = classBindingOf(Type->getPointeeCXXRecordDecl());
          Bound && Bound->Kind == ClassKind::Exported && !Type->getPointeeType().isVolatileQualified()) {
        const CXXRecordDecl *Class = Type->getPointeeCXXRecordDecl();
        Result.Result = Wire{Type->isPointerType() ? wire_type::InstanceOrNull : wire_type::Instance, {}, classPath(Class)};
        return Result;
      }
    if (const auto *Ref = Type->getAs<ReferenceType>()) {
      QualType Pointee = Ref->getPointeeType();
      bool ConstLValue = isa<LValueReferenceType>(Ref) && Pointee.isConstQualified() &&
                         !Pointee.isVolatileQualified();
      if (Where != Position::Parameter || !ConstLValue) {
        Result.Why = Rejection{Rejection::Reference, Type, "", ""};
        return Result;
      }
      Type = Pointee;
    }
    Result.Result = visit(Type, MarshalAs, Where == Position::Field ? Context::Element : Context::Top);
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

  // A type that is valid elsewhere but not in this context.
  std::optional<Wire> notHere(QualType Type, Context In) {
    static constexpr const char *Places[] = {"here", "inside std::optional or std::vector",
                                             "as what a task resolves to",
                                             "as a parameter of a callback",
                                             "as the result of a callback"};
    return fail(Rejection::NotHere, Type, "", Places[static_cast<int>(In)]);
  }

  // Both marshal_as choices in one declaration cannot be passed to the runtime as one mode.
  bool chooseMode(LeafMode Chosen) {
    if (Mode != LeafMode::Default && Mode != Chosen)
      return false;
    Mode = Chosen;
    return true;
  }

  // A scalar whose marshal_as, if any, must be one of its row's keywords.
  std::optional<Wire> scalar(QualType Type, wire_type Wire_, const JSType *MarshalAs) {
    if (MarshalAs && !fits(*MarshalAs, Wire_)) {
      std::string Keywords(abi::info(Wire_).marshal_as);
      for (std::size_t Space = Keywords.find(' '); Space != std::string::npos;
           Space = Keywords.find(' ', Space + 4))
        Keywords.replace(Space, 1, " or ");
      return mismatch(Type, *MarshalAs, Keywords);
    }
    return Wire{Wire_, {}};
  }

  std::optional<Wire> wrap(wire_type Template, std::optional<Wire> Inner) {
    if (!Inner)
      return std::nullopt;
    return Wire{Template, {std::move(*Inner)}};
  }

  // The argument of a marshal_as template (array<X>, promise<X>), checked to be that template.
  bool templateArgument(QualType Type, const JSType *MarshalAs, JSTypeKind Kind,
                        const char *Expected, const JSType *&Argument) {
    Argument = nullptr;
    if (!MarshalAs)
      return true;
    if (MarshalAs->Kind != Kind) {
      mismatch(Type, *MarshalAs, Expected);
      return false;
    }
    Argument = &MarshalAs->Arguments.front();
    return true;
  }

  // Declared keeps the user's spelling for messages; Type is what the checks look at.
  std::optional<Wire> visit(QualType Declared, const JSType *MarshalAs, Context In) {
    // The top-level type is at depth 1 and the type inside MaxNesting templates at MaxNesting + 1.
    ++Depth;
    llvm::scope_exit Leave([this] { --Depth; });
    if (Depth > MaxNesting + 1)
      return fail(Rejection::TooDeep, Declared);
    QualType Type = Declared.getCanonicalType().getUnqualifiedType();
    bool ResultLike = (In == Context::Top && Where == Position::Result) ||
                      In == Context::PromiseValue || In == Context::CallbackResult;

    if (Type->isVoidType()) {
      if (!ResultLike && !InResult)
        return fail(Rejection::Unsupported, Declared);
      return scalar(Declared, wire_type::Void, MarshalAs);
    }
    if (const auto *Spec = resultSpecialization(Type)) {
      if (!ResultLike || InResult)
        return fail(Rejection::ResultPosition, Declared);
      // The JS runtime has no result of a promise or of a function (an error is a rejection or
      // the callback's own result<T>). Elsewhere (a callback's result) the value's own check says
      // where a task or a function may stand.
      QualType Held = typeArgument(Spec, 0);
      if (!Held.isNull() && In == Context::Top) {
        QualType Canonical = Held.getCanonicalType().getUnqualifiedType();
        if (specialization(Canonical, "jsinterop", "task") ||
            specialization(Canonical, "std", "function") ||
            specialization(Canonical, "jsinterop", "function_ref"))
          return fail(Rejection::ResultOfCallable, Held);
      }
      InResult = true;
      std::optional<Wire> Value = visit(Held, MarshalAs, In);
      InResult = false;
      return wrap(wire_type::Result, std::move(Value));
    }
    if (const auto *Spec = specialization(Type, "jsinterop", "task")) {
      if (In != Context::Top)
        return notHere(Declared, In);
      const JSType *Value;
      if (!templateArgument(Declared, MarshalAs, JSTypeKind::Promise, "promise<...>", Value))
        return std::nullopt;
      return wrap(wire_type::Promise, visit(typeArgument(Spec, 0), Value, Context::PromiseValue));
    }
    if (const auto *Spec = specialization(Type, "std", "function"))
      return function(Declared, Spec, MarshalAs, In);
    // Where a function_ref may stand (an import's parameter) is checks/FunctionRefPlacement's.
    if (const auto *Spec = specialization(Type, "jsinterop", "function_ref"))
      return function(Declared, Spec, MarshalAs, In);
    if (const auto *Spec = specialization(Type, "std", "optional")) {
      QualType Inner = typeArgument(Spec, 0);
      if (specialization(Inner.getCanonicalType(), "std", "optional"))
        return fail(Rejection::NestedOptional, Declared);
      return wrap(wire_type::Optional, visit(Inner, MarshalAs, Context::Element));
    }
    if (const auto *Spec = specialization(Type, "std", "vector")) {
      const JSType *Element;
      if (!templateArgument(Declared, MarshalAs, JSTypeKind::Array, "array<...>", Element))
        return std::nullopt;
      return wrap(wire_type::Array, visit(typeArgument(Spec, 0), Element, Context::Element));
    }
    bool IsSpan = specialization(Type, "std", "span") != nullptr;
    if (const auto *Spec = IsSpan ? specialization(Type, "std", "span")
                                  : specialization(Type, "jsinterop", "array_segment"))
      return memoryView(Declared, IsSpan ? wire_type::Span : wire_type::Segment,
                        typeArgument(Spec, 0), MarshalAs, In);
    if (const auto *Spec = specialization(Type, "std", "basic_string"))
      return string(Declared, typeArgument(Spec, 0), /*IsView=*/false, MarshalAs, In);
    if (const auto *Spec = specialization(Type, "std", "basic_string_view"))
      return string(Declared, typeArgument(Spec, 0), /*IsView=*/true, MarshalAs, In);
    if (const auto *Spec = specialization(Type, "std::chrono", "time_point")) {
      QualType Clock = typeArgument(Spec, 0);
      if (!Clock.isNull() && isRecord(Clock.getCanonicalType(), "std::chrono", "system_clock"))
        return scalar(Declared, wire_type::Date, MarshalAs);
      return fail(Rejection::Unsupported, Declared);
    }
    if (isRecord(Type, "jsinterop", "object"))
      return scalar(Declared, wire_type::Object, MarshalAs);
    if (bool HasState = false; isTypedHandle(Type->getAsCXXRecordDecl(), HasState)) {
      if (HasState)
        return fail(Rejection::HandleWithState, Declared);
      return scalar(Declared, wire_type::Object, MarshalAs);
    }
    if (isRecord(Type, "jsinterop", "any"))
      return scalar(Declared, wire_type::Any, MarshalAs);
    if (std::optional<ClassBinding> Bound = classBindingOf(Type->getAsCXXRecordDecl())) {
      if (MarshalAs)
        return mismatch(Declared, *MarshalAs, "no marshal_as (an instance or a value object crosses as itself)");
      return Wire{Bound->Kind == ClassKind::Exported ? wire_type::Instance : wire_type::ValueObject, {},
                  classPath(Type->getAsCXXRecordDecl())};
    }
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
        if (!chooseMode(LeafMode::Number))
          return mismatch(Declared, *MarshalAs, "the same choice as the other 64-bit values");
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
  unsigned Depth = 0;

  // std::function<R(A...)> as function<A..., R>; marshal_as("function<X..., XR>") applies in order.
  // A void R may be left out of the spelling, as .NET's Function<T1, T2> is an Action<T1, T2>.
  std::optional<Wire> function(QualType Declared, const ClassTemplateSpecializationDecl *Spec,
                               const JSType *MarshalAs, Context In) {
    if (In != Context::Top)
      return notHere(Declared, In);
    QualType Signature = typeArgument(Spec, 0);
    const auto *Proto = Signature.isNull() ? nullptr : Signature->getAs<FunctionProtoType>();
    if (!Proto || Proto->isVariadic())
      return fail(Rejection::Unsupported, Declared);
    unsigned Count = Proto->getNumParams() + 1;
    bool ReturnsVoid = Proto->getReturnType()->isVoidType();
    if (MarshalAs) {
      size_t Spelled = MarshalAs->Arguments.size();
      if (MarshalAs->Kind != JSTypeKind::Function ||
          !(Spelled == Count || (ReturnsVoid && Spelled + 1 == Count)))
        return mismatch(Declared, *MarshalAs,
                        "function<...> with " + std::to_string(Count) + " types" +
                            (ReturnsVoid ? " (or " + std::to_string(Count - 1) + ", without the void result)"
                                         : ""));
    }
    auto spelledPart = [&](unsigned I) -> const JSType * {
      return MarshalAs && I < MarshalAs->Arguments.size() ? &MarshalAs->Arguments[I] : nullptr;
    };
    Wire Result{wire_type::Function, {}};
    for (unsigned I = 0; I < Count; ++I) {
      bool IsResult = I + 1 == Count;
      QualType Part = IsResult ? Proto->getReturnType() : Proto->getParamType(I);
      if (!IsResult && Part->isReferenceType()) {
        QualType Pointee = Part->getPointeeType();
        if (!isa<LValueReferenceType>(Part) || !Pointee.isConstQualified())
          return fail(Rejection::Reference, Part);
        Part = Pointee;
      } else if (IsResult && Part->isReferenceType()) {
        return fail(Rejection::Reference, Part);
      }
      std::optional<Wire> PartWire =
          visit(Part, spelledPart(I), IsResult ? Context::CallbackResult : Context::CallbackParam);
      if (!PartWire)
        return std::nullopt;
      Result.Args.push_back(std::move(*PartWire));
    }
    return Result;
  }

  std::optional<Wire> int64(QualType Type, const JSType *MarshalAs) {
    bool Signed = Type.getCanonicalType()->isSpecificBuiltinType(BuiltinType::LongLong);
    // A value object's field has no marshal_as: it crosses as the lossless bigint, as any value
    // read without a declaration does (abi::dynamic_key).
    if (!MarshalAs && Where == Position::Field) {
      chooseMode(LeafMode::BigInt); // what an exported class's data member is read and written as
      return Wire{Signed ? wire_type::Int64BigInt : wire_type::Uint64BigInt, {}};
    }
    if (!MarshalAs)
      return fail(Rejection::NeedsMarshalAs, Type);
    bool IsNumber = MarshalAs->Kind == JSTypeKind::Number;
    if (!MarshalAs->Arguments.empty() || !(IsNumber || MarshalAs->Kind == JSTypeKind::BigInt))
      return mismatch(Type, *MarshalAs, "number or bigint");
    if (!chooseMode(IsNumber ? LeafMode::Number : LeafMode::BigInt))
      return mismatch(Type, *MarshalAs, "the same choice as the other 64-bit values");
    if (IsNumber)
      return Wire{Signed ? wire_type::Int64Number : wire_type::Uint64Number, {}};
    return Wire{Signed ? wire_type::Int64BigInt : wire_type::Uint64BigInt, {}};
  }

  std::optional<Wire> string(QualType Type, QualType Char, bool IsView, const JSType *MarshalAs,
                             Context In) {
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
    if (IsView && Where == Position::Result && In == Context::Top)
      return fail(Rejection::ViewResult, Type);
    if (IsView && In == Context::Element)
      return fail(Rejection::ViewInside, Type);
    if (IsView && In != Context::Top)
      return notHere(Type, In);
    return scalar(Type, Wire_, MarshalAs);
  }

  std::optional<Wire> memoryView(QualType Type, wire_type View, QualType Element,
                                 const JSType *MarshalAs, Context In) {
    if (MarshalAs && MarshalAs->Kind != JSTypeKind::MemoryView)
      return mismatch(Type, *MarshalAs, "memory_view");
    if (View == wire_type::Span && Where == Position::Result && In == Context::Top)
      return fail(Rejection::ViewResult, Type);
    if (In == Context::Element)
      return fail(Rejection::ViewInside, Type);
    if (In != Context::Top)
      return notHere(Type, In);
    if (Element.isNull())
      return fail(Rejection::MemoryViewElement, Type);
    Element = Element.getCanonicalType().getUnqualifiedType();
    // A typed array holds 64-bit integers as BigInts only: no marshal_as to choose.
    std::optional<wire_type> ElementWire = arithmeticWire(Element);
    if (is64BitInteger(Element)) {
      if (!chooseMode(LeafMode::BigInt))
        return fail(Rejection::MemoryViewElement, Element);
      ElementWire = Element->isSpecificBuiltinType(BuiltinType::LongLong) ? wire_type::Int64BigInt
                                                                          : wire_type::Uint64BigInt;
    }
    if (!ElementWire || !isMemoryViewElement(*ElementWire))
      return fail(Rejection::MemoryViewElement, Element);
    return Wire{View, {Wire{*ElementWire, {}}}};
  }
};

} // namespace

bool isFunctionRef(QualType Type) {
  Type = Type.getNonReferenceType().getCanonicalType().getUnqualifiedType();
  return specialization(Type, "jsinterop", "function_ref") != nullptr;
}

bool isStringView(QualType Type) {
  Type = Type.getNonReferenceType().getCanonicalType().getUnqualifiedType();
  return specialization(Type, "std", "basic_string_view") != nullptr;
}

std::string Wire::spelling() const {
  if (!Class.empty())
    return std::string(info().name) + "<" + Class + ">";
  std::string Result(info().name);
  for (std::size_t I = 0; I < Args.size(); ++I)
    Result += (I ? ", " : "<") + Args[I].spelling();
  return Args.empty() ? Result : Result + ">";
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
  if (const auto *Spec = specialization(Type, "jsinterop", "task"))
    return "promise<" + marshalAsFor(typeArgument(Spec, 0), Leaf) + ">";
  const auto *Spec = specialization(Type, "std", "function");
  if (!Spec)
    Spec = specialization(Type, "jsinterop", "function_ref");
  if (Spec) {
    const auto *Proto = typeArgument(Spec, 0)->getAs<FunctionProtoType>();
    std::string Result = "function<";
    for (QualType Param : Proto->getParamTypes())
      Result += marshalAsFor(Param, Leaf) + ", ";
    return Result + marshalAsFor(Proto->getReturnType(), Leaf) + ">";
  }
  if (is64BitInteger(Type))
    return std::string(Leaf);
  if (Type->isVoidType())
    return "void";
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

bool isTypedHandleClass(const CXXRecordDecl *Class) {
  bool HasState = false;
  return isTypedHandle(Class, HasState);
}

QualType resultValueType(QualType Type) {
  const ClassTemplateSpecializationDecl *Spec =
      resultSpecialization(Type.getNonReferenceType().getCanonicalType().getUnqualifiedType());
  return Spec ? typeArgument(Spec, 0) : QualType();
}

} // namespace jsinterop
