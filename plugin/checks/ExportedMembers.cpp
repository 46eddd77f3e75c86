#include "Checks.h"

#include "../Diagnostics.h"
#include "../TypeMap.h"

#include "clang/AST/DeclCXX.h"
#include "clang/Sema/Sema.h"
#include "llvm/ADT/StringMap.h"

namespace jsinterop::checks {
using namespace clang;
using abi::wire_type;

namespace {

// The kind of an exported member function: a getter or a setter by its attribute, else a method.
// Another import kind on it is reported (it says how an import reaches JS).
std::optional<ExportedMember::Kind> methodKind(Sema &S, const CXXMethodDecl *Method) {
  llvm::SmallVector<ImportCallAttr, 1> Calls = importCallsOf(Method);
  if (Calls.empty())
    return ExportedMember::Method;
  if (Calls.size() == 1 && Calls[0].Call == ImportCall::Getter)
    return ExportedMember::Getter;
  if (Calls.size() == 1 && Calls[0].Call == ImportCall::Setter)
    return ExportedMember::Setter;
  const ImportCallAttr &Wrong = Calls.size() > 1 ? Calls[1] : Calls[0];
  if (Calls.size() > 1)
    report(S.getDiagnostics(), Wrong.Range.getBegin(), Diag::err_import_call_twice)
        << Method->getQualifiedNameAsString() << attributeName(Calls[0].Call) << attributeName(Wrong.Call);
  else
    report(S.getDiagnostics(), Wrong.Range.getBegin(), Diag::err_import_call_without_import)
        << attributeName(Wrong.Call) << Method->getQualifiedNameAsString() << /*an export*/ 0;
  return std::nullopt;
}

// A getter takes nothing and returns the value; a setter takes the value and returns void; a method
// returns no task (the instance may be disposed while it waits).
bool memberShape(Sema &S, const CXXMethodDecl *Method, const ExportedMember &Member) {
  std::string Name = Method->getQualifiedNameAsString();
  bool ReturnsVoid = Member.Signature.Result.Type.Type == wire_type::Void;
  unsigned Count = Member.Signature.Params.size();
  std::optional<std::string> Broken;
  if (Member.What == ExportedMember::Getter && Count != 0)
    Broken = "takes " + std::to_string(Count) + " parameter" + (Count == 1 ? "" : "s");
  else if (Member.What == ExportedMember::Getter && ReturnsVoid)
    Broken = "returns void";
  else if (Member.What == ExportedMember::Setter && Count != 1)
    Broken = Count == 0 ? "takes no parameter" : "takes " + std::to_string(Count) + " parameters";
  else if (Member.What == ExportedMember::Setter && !ReturnsVoid)
    Broken = "returns " + Method->getReturnType().getAsString(S.getPrintingPolicy());
  if (Broken) {
    report(S.getDiagnostics(), Method->getLocation(), Diag::err_accessor_shape)
        << (Member.What == ExportedMember::Setter) << Name << *Broken;
    return false;
  }
  if (Member.Signature.Result.Type.Type == wire_type::Promise) {
    report(S.getDiagnostics(), Method->getLocation(), Diag::err_instance_task) << Name;
    return false;
  }
  return true;
}

// What the JS class has for itself: on the prototype, the constructor and the instance's own
// members; on the class, what a function object cannot give up. Either side: the prototype link.
bool reserved(StringRef Name, bool Static) {
  if (Name == "__proto__")
    return true;
  return Static ? Name == "prototype" : Name == "constructor" || Name == "dispose" || Name == "isDisposed";
}

// Whether a member's JS name is one a JS class can take: reports when it is not.
bool nameFits(Sema &S, const NamedDecl *D, StringRef Name, bool Static) {
  std::optional<unsigned> Broken;
  if (Name.empty() && !isa<CXXConstructorDecl>(D))
    Broken = 0;
  else if (reserved(Name, Static))
    Broken = 1;
  else if (Name.contains('.'))
    Broken = 2;
  if (!Broken)
    return true;
  report(S.getDiagnostics(), D->getLocation(), Diag::err_exported_member_name)
      << D->getQualifiedNameAsString() << Name << *Broken;
  return false;
}

// The member as it crosses, or null (reported).
std::optional<ExportedMember> member(Sema &S, const CXXRecordDecl *Class, NamedDecl *D, const BindingAttr &Binding) {
  StringRef Identifier = D->getIdentifier() ? D->getName() : "";
  ExportedMember Member{ExportedMember::Method, D, Binding.Path.empty() ? Identifier.str() : Binding.Path, {}};
  bool Constructs = isa<CXXConstructorDecl>(D);
  if (!nameFits(S, D, Constructs ? Binding.Path : Member.Name, Constructs))
    return std::nullopt;
  if (auto *Field = dyn_cast<FieldDecl>(D)) {
    // Read and written as a value object's field is: a copy each way, 64-bit integers as bigint.
    Member.What = ExportedMember::DataMember;
    std::string ClassName = Class->getQualifiedNameAsString();
    if (Field->getType().isVolatileQualified()) {
      report(S.getDiagnostics(), Field->getLocation(), Diag::err_exported_member_shape)
          << Field->getQualifiedNameAsString() << "is volatile";
      return std::nullopt;
    }
    Classification Crossing = classify(Field->getType(), Position::Field, nullptr);
    if (!Crossing.Result || Field->getType()->isReferenceType()) {
      report(S.getDiagnostics(), Field->getLocation(), Diag::err_field_type)
          << Field->getName() << ClassName << Field->getType() << /*property*/ 0;
      return std::nullopt;
    }
    if (const CXXRecordDecl *Uncopyable = uncopyableInstance(S, Field->getType())) {
      report(S.getDiagnostics(), Field->getLocation(), Diag::err_field_not_copyable)
          << Field->getName() << ClassName << Uncopyable->getQualifiedNameAsString() << /*property*/ 0;
      return std::nullopt;
    }
    Member.Signature.Result = {std::move(*Crossing.Result), Crossing.Mode};
    return Member;
  }
  auto *Method = cast<CXXMethodDecl>(D);
  // JS calls a member on the instance it keeps, an lvalue of the class.
  std::optional<std::string> Unfit;
  if (Method->isExplicitObjectMemberFunction())
    Unfit = "takes an explicit object parameter ('this')";
  else if (Method->getRefQualifier() == RQ_RValue)
    Unfit = "is qualified '&&'";
  else if (Method->getMethodQualifiers().hasVolatile())
    Unfit = "is qualified 'volatile'";
  if (Unfit) {
    report(S.getDiagnostics(), Method->getLocation(), Diag::err_exported_member_shape)
        << Method->getQualifiedNameAsString() << *Unfit;
    return std::nullopt;
  }
  if (!callableAtRunTime(S, Method, Binding) || !noWasmNameAttributes(S, Method, Binding, /*CheckInherited=*/true) ||
      !functionRefPlacement(S, Method, Binding))
    return std::nullopt;
  std::optional<WireSignature> Signature = signatureTypes(S, Method);
  if (!Signature || !instancesCopyable(S, Method, Binding))
    return std::nullopt;
  Member.Signature = std::move(*Signature);
  if (isa<CXXConstructorDecl>(Method)) {
    Member.What = Binding.Path.empty() ? ExportedMember::Constructor : ExportedMember::NamedConstructor;
    Member.Name = Binding.Path;
    Member.Signature.Result = {Wire{wire_type::Instance, {}, classPath(Class)}, LeafMode::Default};
    return Member;
  }
  std::optional<ExportedMember::Kind> Kind = methodKind(S, Method);
  if (!Kind)
    return std::nullopt;
  Member.What = *Kind;
  if (!memberShape(S, Method, Member))
    return std::nullopt;
  return Member;
}

// Where a member's JS name lives: the constructor, the prototype (getter and setter share a name),
// or the class itself.
enum class Place { Constructor, Prototype, Static };

Place placeOf(ExportedMember::Kind What) {
  switch (What) {
  case ExportedMember::Constructor:
    return Place::Constructor;
  case ExportedMember::NamedConstructor:
    return Place::Static;
  default:
    return Place::Prototype;
  }
}

} // namespace

std::optional<std::vector<ExportedMember>> exportedMembers(Sema &S, const CXXRecordDecl *Class) {
  std::vector<ExportedMember> Members;
  bool Valid = true;
  for (Decl *D : Class->decls()) {
    auto *Named = dyn_cast<NamedDecl>(D);
    const auto *Method = dyn_cast<CXXMethodDecl>(D);
    if (!Named || (!Method && !isa<FieldDecl>(D)) || (Method && Method->isStatic()))
      continue; // a static member function is an export of its own
    llvm::SmallVector<BindingAttr, 1> Bindings = bindingsOf(D);
    // A getter or a setter without the export it belongs beside would leave the property out.
    if (Bindings.empty() && Method)
      Valid = importCallWithoutImport(S, Method, nullptr) && Valid;
    if (Bindings.empty() || Bindings.front().Kind != BindingKind::Export)
      continue;
    if (D->getAccess() != AS_public) {
      report(S.getDiagnostics(), Bindings.front().Range.getBegin(), Diag::err_exported_member_not_public)
          << Named->getQualifiedNameAsString() << (D->getAccess() == AS_protected);
      Valid = false;
      continue;
    }
    if (std::optional<ExportedMember> Member = member(S, Class, Named, Bindings.front()))
      Members.push_back(std::move(*Member));
    else
      Valid = false;
  }

  // One member per JS name and place; a getter and a setter may share one. A static member
  // function's name is taken on the class as a named constructor's is.
  std::string ClassPath = classPath(Class);
  // The first member of each name, and whether a getter and a setter pair under it already.
  llvm::StringMap<std::pair<const ExportedMember *, bool>> Taken[3];
  llvm::StringMap<const NamedDecl *> Statics;
  for (const Decl *D : Class->decls())
    if (const auto *Method = dyn_cast<CXXMethodDecl>(D); Method && Method->isStatic())
      for (const BindingAttr &Binding : bindingsOf(Method))
        if (Binding.Kind == BindingKind::Export) {
          if (Method->getAccess() != AS_public) {
            report(S.getDiagnostics(), Binding.Range.getBegin(), Diag::err_exported_member_not_public)
                << Method->getQualifiedNameAsString() << (Method->getAccess() == AS_protected);
            Valid = false;
          }
          StringRef Name = Binding.Path.empty() ? (Method->getIdentifier() ? Method->getName() : "") : StringRef(Binding.Path);
          Valid = nameFits(S, Method, Name, /*Static=*/true) && Valid;
          Statics.try_emplace(Name, Method);
        }
  auto Clash = [&](const NamedDecl *First, const ExportedMember &Second) {
    std::string Shown = Second.What == ExportedMember::Constructor ? "the constructor" : "'" + Second.Name + "'";
    report(S.getDiagnostics(), Second.Decl->getLocation(), Diag::err_exported_member_clash)
        << First->getQualifiedNameAsString() << Second.Decl->getQualifiedNameAsString() << Shown << ClassPath;
    report(S.getDiagnostics(), First->getLocation(), Diag::note_exported_member_here) << First->getQualifiedNameAsString();
    Valid = false;
  };
  for (const ExportedMember &Member : Members) {
    Place Where = placeOf(Member.What);
    if (Where == Place::Static)
      if (const NamedDecl *Static = Statics.lookup(Member.Name)) {
        Clash(Static, Member);
        continue;
      }
    auto [Found, New] = Taken[static_cast<int>(Where)].try_emplace(Member.Name, &Member, false);
    if (New)
      continue;
    auto &[First, Paired] = Found->second;
    bool Completes = !Paired && ((First->What == ExportedMember::Getter && Member.What == ExportedMember::Setter) ||
                                 (First->What == ExportedMember::Setter && Member.What == ExportedMember::Getter));
    if (Completes)
      Paired = true;
    else
      Clash(First->Decl, Member);
  }
  if (!Valid)
    return std::nullopt;
  return Members;
}

} // namespace jsinterop::checks
