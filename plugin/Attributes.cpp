// Registers [[jsinterop::import]], [[jsinterop::export]], [[jsinterop::marshal_as]] and the import
// kinds ([[jsinterop::method]], constructor, getter, setter), checks
// what can be checked where the attribute is written, and records it on the declaration.
//
// Each attribute is also registered under its unscoped name: Clang matches plugin attributes by
// the unscoped name when deciding whether to parse their arguments, so without it
// [[jsinterop::import("x")]] would silently arrive with no argument. The unscoped use itself is
// rejected below.
#include "BindingAttr.h"
#include "Diagnostics.h"
#include "JSType.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/Expr.h"
#include "clang/Basic/TargetInfo.h"
#include "clang/Sema/ParsedAttr.h"
#include "clang/Sema/Sema.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;

namespace jsinterop {
namespace {

// Where a byte of a string-literal argument is, so that errors point at the character.
SourceLocation locationOfByte(Sema &S, const ParsedAttr &Attr, unsigned Arg, std::size_t Byte) {
  const auto *Literal =
      Attr.isArgIdent(Arg) ? nullptr
                           : dyn_cast<StringLiteral>(Attr.getArgAsExpr(Arg)->IgnoreParenCasts());
  if (!Literal || Byte > Literal->getByteLength())
    return Attr.getLoc();
  return Literal->getLocationOfByte(static_cast<unsigned>(Byte), S.getSourceManager(),
                                    S.getLangOpts(), S.getASTContext().getTargetInfo());
}

// Reads argument Arg as a string literal; reports and returns false when it is not one.
bool stringArgument(Sema &S, const ParsedAttr &Attr, unsigned Arg, std::string &Value) {
  // A bare identifier argument is parsed as an IdentifierLoc, not an expression.
  const Expr *E = Attr.isArgIdent(Arg) ? nullptr : Attr.getArgAsExpr(Arg);
  const auto *Literal = E ? dyn_cast<StringLiteral>(E->IgnoreParenCasts()) : nullptr;
  if (!Literal || !(Literal->isOrdinary() || Literal->isUTF8())) {
    SourceLocation Loc = E                       ? E->getBeginLoc()
                         : Attr.isArgIdent(Arg) ? Attr.getArgAsIdent(Arg)->getLoc()
                                                : Attr.getLoc();
    report(S.getDiagnostics(), Loc, Diag::err_attr_not_string)
        << (Arg + 1) << Attr.getAttrName()->getName();
    return false;
  }
  Value = Literal->getString().str();
  return true;
}

// A path as a message shows it: control characters escaped (\09 for a tab), and cut after 80
// bytes (a 100 KB path would otherwise be a 100 KB message; the caret shows the place).
std::string shownPath(StringRef Path) {
  constexpr std::size_t Shown = 80;
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  llvm::printEscapedString(Path.take_front(Shown), OS);
  if (Path.size() > Shown)
    OS << "...";
  return Text;
}

// A dotted JS property path: non-empty segments of printable characters.
bool checkPath(Sema &S, const ParsedAttr &Attr, unsigned Arg, StringRef Path) {
  auto Fail = [&](std::size_t Byte, StringRef Why) {
    report(S.getDiagnostics(), locationOfByte(S, Attr, Arg, Byte), Diag::err_attr_bad_path)
        << shownPath(Path) << Why;
    return false;
  };
  if (Path.empty())
    return Fail(0, "it is empty");
  for (std::size_t I = 0; I < Path.size(); ++I) {
    unsigned char C = Path[I];
    if (C < 0x20 || C == 0x7f)
      return Fail(I, "it contains a control character");
    if (C == ' ')
      return Fail(I, "it contains a space");
    if (C == '.' && (I == 0 || Path[I - 1] == '.'))
      return Fail(I, "a segment before '.' is empty");
  }
  if (Path.back() == '.')
    return Fail(Path.size() - 1, "it ends with '.'");
  return true;
}

// Whether MD is a static member function. An out-of-line definition says `static` only in its
// class, and its attributes are read before it is linked to that declaration: look it up there.
bool isStaticMember(const CXXMethodDecl *MD) {
  if (MD->isStatic() || !MD->isOutOfLine())
    return MD->isStatic();
  for (const NamedDecl *Found : MD->getParent()->lookup(MD->getDeclName()))
    if (const auto *InClass = dyn_cast<CXXMethodDecl>(Found))
      if (InClass != MD && MD->getASTContext().hasSameType(InClass->getType(), MD->getType()))
        return InClass->isStatic();
  return false;
}

// What a class marked export or value_object is, when it cannot be one; empty when it can.
std::string classMisplaced(const CXXRecordDecl *Class) {
  if (Class->isUnion())
    return "a union";
  if (Class->isLocalClass())
    return "a local class";
  if (Class->getName().empty())
    return "an unnamed class";
  if (Class->getDescribedClassTemplate() || Class->isTemplated() ||
      isa<ClassTemplateSpecializationDecl>(Class))
    return "a class template (export a specialization with an alias: using Name [[jsinterop::export]] = "
           "Template<Arguments>;)";
  return "";
}

// Where an attribute may stand beyond a function at namespace scope or a static member function:
// an exported class, its members, and the accessor kinds on member functions (docs/classes.md).
enum class Members { None, Accessors, All };

// What D is, for the error that says the attribute does not belong there; empty when it does.
std::string misplacedOn(const Decl *D, Members Allowed = Members::None) {
  const auto *FD = dyn_cast<FunctionDecl>(D);
  if (!FD) {
    if (const auto *Class = dyn_cast<CXXRecordDecl>(D); Class && Allowed == Members::All)
      return classMisplaced(Class);
    if (isa<FieldDecl>(D) && Allowed == Members::All)
      return "";
    // An alias exports the class template specialization it names (ClassLowering.h).
    if (const auto *Alias = dyn_cast<TypedefNameDecl>(D); Alias && Allowed == Members::All) {
      const auto *Named = Alias->getUnderlyingType()->getAsCXXRecordDecl();
      return Named && isa<ClassTemplateSpecializationDecl>(Named) && Alias->getDeclContext()->isFileContext() &&
                     !Alias->isTemplated()
                 ? ""
                 : "an alias that does not name a class template specialization at namespace scope";
    }
    return isa<VarDecl>(D)      ? "a variable"
           : isa<TagDecl>(D)    ? "a type"
           : isa<FieldDecl>(D)  ? "a data member"
                                : "this declaration";
  }
  if (FD->getFriendObjectKind() != Decl::FOK_None)
    return "a friend declaration";
  if (const auto *MD = dyn_cast<CXXMethodDecl>(FD)) {
    if (MD->getParent()->isLambda())
      return "a lambda";
    // The plugin sees only classes at namespace scope, and a JS path needs every class's name.
    if (MD->getParent()->isLocalClass())
      return "a member of a local class";
    if (MD->getParent()->getName().empty())
      return "a member of an unnamed class";
    if (isa<CXXDestructorDecl>(MD))
      return "a destructor";
    if (isa<CXXConstructorDecl>(MD) && Allowed != Members::All)
      return "a constructor";
    if (!isStaticMember(MD) && Allowed == Members::None)
      return "a non-static member function";
    // The class, which binds its members, is complete before this definition is seen.
    if (!isStaticMember(MD) && MD->isOutOfLine())
      return "a non-static member function defined out of line (put the attribute on its declaration in the class)";
  }
  // A member of a class template counts as one of a class, to be exported with a specialization.
  bool InClassTemplate = isa<CXXMethodDecl>(FD) && cast<CXXMethodDecl>(FD)->getParent()->isTemplated() &&
                         !FD->getDescribedFunctionTemplate() && Allowed != Members::None;
  if (FD->getDescribedFunctionTemplate() || (FD->isTemplated() && !InClassTemplate))
    return "a function template";
  if (FD->isVariadic())
    return "a variadic function";
  if (FD->getLexicalDeclContext()->isFunctionOrMethod())
    return "a local function declaration";
  return "";
}

template <class Derived> struct JsinteropAttrInfo : ParsedAttrInfo {
  bool diagAppertainsToDecl(Sema &, const ParsedAttr &, const Decl *) const override {
    return true; // handleDeclAttribute reports with the jsinterop wording
  }

  AttrHandling handleDeclAttribute(Sema &S, Decl *D, const ParsedAttr &Attr) const override {
    StringRef Name = Attr.getAttrName()->getName();
    if (!Attr.getScopeName()) {
      report(S.getDiagnostics(), Attr.getLoc(), Diag::err_attr_unscoped) << Name;
      return AttributeNotApplied;
    }
    return static_cast<const Derived *>(this)->handle(S, D, Attr);
  }
};

struct ImportAttrInfo : JsinteropAttrInfo<ImportAttrInfo> {
  static constexpr Spelling Spellings[] = {{ParsedAttr::AS_CXX11, "jsinterop::import"},
                                           {ParsedAttr::AS_CXX11, "import"}};
  ImportAttrInfo() {
    NumArgs = 1;
    OptArgs = 1;
    ParsedAttrInfo::Spellings = Spellings;
  }

  AttrHandling handle(Sema &S, Decl *D, const ParsedAttr &Attr) const {
    std::string Where = misplacedOn(D);
    if (!Where.empty()) {
      report(S.getDiagnostics(), Attr.getLoc(), Diag::err_attr_wrong_decl) << "import" << Where;
      return AttributeNotApplied;
    }
    BindingAttr Binding{BindingKind::Import, "", "", Attr.getRange()};
    if (!stringArgument(S, Attr, 0, Binding.Path) || !checkPath(S, Attr, 0, Binding.Path))
      return AttributeNotApplied;
    if (Attr.getNumArgs() > 1) {
      if (!stringArgument(S, Attr, 1, Binding.Module))
        return AttributeNotApplied;
      if (Binding.Module.empty()) {
        report(S.getDiagnostics(), locationOfByte(S, Attr, 1, 0), Diag::err_attr_empty_module);
        return AttributeNotApplied;
      }
    }
    attachBinding(S.getASTContext(), D, Binding);
    return AttributeApplied;
  }
};

struct ExportAttrInfo : JsinteropAttrInfo<ExportAttrInfo> {
  static constexpr Spelling Spellings[] = {{ParsedAttr::AS_CXX11, "jsinterop::export"},
                                           {ParsedAttr::AS_CXX11, "export"}};
  ExportAttrInfo() {
    OptArgs = 1;
    ParsedAttrInfo::Spellings = Spellings;
  }

  AttrHandling handle(Sema &S, Decl *D, const ParsedAttr &Attr) const {
    std::string Where = misplacedOn(D, Members::All);
    if (Where.empty() && isa<CXXRecordDecl>(D) && !classAnnotationsOf(D).empty())
      Where = "a value object"; // export and value_object are two ways for one class to cross
    if (!Where.empty()) {
      report(S.getDiagnostics(), Attr.getLoc(), Diag::err_export_wrong_decl) << Where;
      return AttributeNotApplied;
    }
    BindingAttr Binding{BindingKind::Export, "", "", Attr.getRange()};
    if (Attr.getNumArgs() > 0 &&
        (!stringArgument(S, Attr, 0, Binding.Path) || !checkPath(S, Attr, 0, Binding.Path)))
      return AttributeNotApplied;
    attachBinding(S.getASTContext(), D, Binding);
    return AttributeApplied;
  }
};

struct MarshalAsAttrInfo : JsinteropAttrInfo<MarshalAsAttrInfo> {
  static constexpr Spelling Spellings[] = {{ParsedAttr::AS_CXX11, "jsinterop::marshal_as"},
                                           {ParsedAttr::AS_CXX11, "marshal_as"}};
  MarshalAsAttrInfo() {
    NumArgs = 1;
    ParsedAttrInfo::Spellings = Spellings;
  }

  AttrHandling handle(Sema &S, Decl *D, const ParsedAttr &Attr) const {
    if (!isa<ParmVarDecl>(D)) {
      // On an exported class's member function or constructor too (its result); a data member or
      // a value object's field has none (64-bit integers there cross as bigint).
      std::string Where = isa<FieldDecl, TagDecl>(D) ? misplacedOn(D) : misplacedOn(D, Members::All);
      if (!Where.empty()) {
        report(S.getDiagnostics(), Attr.getLoc(), Diag::err_attr_wrong_decl)
            << "marshal_as" << Where;
        return AttributeNotApplied;
      }
    }
    MarshalAsAttr MarshalAs{"", Attr.getRange()};
    if (!stringArgument(S, Attr, 0, MarshalAs.Text))
      return AttributeNotApplied;
    auto Parsed = parseJSType(MarshalAs.Text);
    if (const auto *Error = std::get_if<JSTypeError>(&Parsed)) {
      report(S.getDiagnostics(), locationOfByte(S, Attr, 0, Error->Offset),
             Diag::err_marshal_as_syntax)
          << Error->Message;
      return AttributeNotApplied;
    }
    attachMarshalAs(S.getASTContext(), D, MarshalAs);
    return AttributeApplied;
  }
};

// [[jsinterop::value_object]]: a struct that crosses as a plain JS object of its fields. What its
// fields may be is checked with the class (checks/ValueObjectShape.cpp), once it is complete.
struct ValueObjectAttrInfo : JsinteropAttrInfo<ValueObjectAttrInfo> {
  static constexpr Spelling Spellings[] = {{ParsedAttr::AS_CXX11, "jsinterop::value_object"},
                                           {ParsedAttr::AS_CXX11, "value_object"}};
  ValueObjectAttrInfo() { ParsedAttrInfo::Spellings = Spellings; }

  AttrHandling handle(Sema &S, Decl *D, const ParsedAttr &Attr) const {
    const auto *Class = dyn_cast<CXXRecordDecl>(D);
    std::string Where = Class ? classMisplaced(Class) : misplacedOn(D);
    if (Where.empty() && !Class)
      Where = "a function";
    if (Where.empty() && !classAnnotationsOf(D).empty())
      Where = "an exported class"; // export and value_object are two ways for one class to cross
    if (!Where.empty()) {
      report(S.getDiagnostics(), Attr.getLoc(), Diag::err_value_object_wrong_decl) << Where;
      return AttributeNotApplied;
    }
    attachValueObject(S.getASTContext(), D, Attr.getRange());
    return AttributeApplied;
  }
};

// [[jsinterop::method]], constructor, getter, setter: how an import reaches what its path names.
// Whether it stands beside an import, and the shape it needs, are checked with the binding
// (checks/ImportCallShape.cpp): another attribute may come later on the same declaration.
// The spellings are constants: the registry may build an attribute's info while the plugin's static
// objects are still being initialized.
template <ImportCall Call> struct ImportCallSpelling;
template <> struct ImportCallSpelling<ImportCall::Method> {
  static constexpr const char *Scoped = "jsinterop::method", *Unscoped = "method";
};
template <> struct ImportCallSpelling<ImportCall::Constructor> {
  static constexpr const char *Scoped = "jsinterop::constructor", *Unscoped = "constructor";
};
template <> struct ImportCallSpelling<ImportCall::Getter> {
  static constexpr const char *Scoped = "jsinterop::getter", *Unscoped = "getter";
};
template <> struct ImportCallSpelling<ImportCall::Setter> {
  static constexpr const char *Scoped = "jsinterop::setter", *Unscoped = "setter";
};

template <ImportCall Call> struct ImportCallAttrInfo : JsinteropAttrInfo<ImportCallAttrInfo<Call>> {
  static constexpr ParsedAttrInfo::Spelling Spellings[] = {
      {ParsedAttr::AS_CXX11, ImportCallSpelling<Call>::Scoped},
      {ParsedAttr::AS_CXX11, ImportCallSpelling<Call>::Unscoped}};
  ImportCallAttrInfo() { ParsedAttrInfo::Spellings = Spellings; }

  ParsedAttrInfo::AttrHandling handle(Sema &S, Decl *D, const ParsedAttr &Attr) const {
    std::string Where = misplacedOn(D, Call == ImportCall::Getter || Call == ImportCall::Setter ? Members::Accessors
                                                                                             : Members::None);
    if (!Where.empty()) {
      report(S.getDiagnostics(), Attr.getLoc(), Diag::err_attr_wrong_decl) << attributeName(Call) << Where;
      return ParsedAttrInfo::AttributeNotApplied;
    }
    attachImportCall(S.getASTContext(), D, {Call, Attr.getRange()});
    return ParsedAttrInfo::AttributeApplied;
  }
};

ParsedAttrInfoRegistry::Add<ImportCallAttrInfo<ImportCall::Method>>
    RegisterMethod("jsinterop_method", "[[jsinterop::method]]");
ParsedAttrInfoRegistry::Add<ImportCallAttrInfo<ImportCall::Constructor>>
    RegisterConstructor("jsinterop_constructor", "[[jsinterop::constructor]]");
ParsedAttrInfoRegistry::Add<ImportCallAttrInfo<ImportCall::Getter>>
    RegisterGetter("jsinterop_getter", "[[jsinterop::getter]]");
ParsedAttrInfoRegistry::Add<ImportCallAttrInfo<ImportCall::Setter>>
    RegisterSetter("jsinterop_setter", "[[jsinterop::setter]]");
ParsedAttrInfoRegistry::Add<ImportAttrInfo> RegisterImport("jsinterop_import",
                                                           "[[jsinterop::import(path, module)]]");
ParsedAttrInfoRegistry::Add<ExportAttrInfo> RegisterExport("jsinterop_export",
                                                           "[[jsinterop::export(name)]]");
ParsedAttrInfoRegistry::Add<ValueObjectAttrInfo>
    RegisterValueObject("jsinterop_value_object", "[[jsinterop::value_object]]");
ParsedAttrInfoRegistry::Add<MarshalAsAttrInfo>
    RegisterMarshalAs("jsinterop_marshal_as", "[[jsinterop::marshal_as(jstype)]]");

} // namespace
} // namespace jsinterop
