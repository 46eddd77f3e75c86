#include "BindingAttr.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringExtras.h"

namespace jsinterop {
using namespace clang;

namespace {

// Fields are separated by a control character that the attribute checks keep out of paths and
// module names.
constexpr char Separator = '\x1f';
constexpr StringRef ImportTag = "jsinterop::import";
constexpr StringRef ExportTag = "jsinterop::export";
constexpr StringRef MarshalAsTag = "jsinterop::marshal_as";
constexpr StringRef ImportCallTag = "jsinterop::call";
constexpr StringRef ValueObjectTag = "jsinterop::value_object";
constexpr ImportCall ImportCalls[] = {ImportCall::Method, ImportCall::Constructor, ImportCall::Getter,
                                      ImportCall::Setter};

bool isOurs(StringRef Annotation) {
  StringRef Tag = Annotation.split(Separator).first;
  return Tag == ImportTag || Tag == ExportTag || Tag == MarshalAsTag || Tag == ImportCallTag ||
         Tag == ValueObjectTag;
}

// The annotations attached to each function declaration of the translation unit being parsed,
// which Clang may drop again. The attribute handlers and the AST consumer of one translation unit
// run on one thread.
llvm::DenseMap<const Decl *, llvm::SmallVector<AnnotateAttr *, 1>> &attached() {
  thread_local llvm::DenseMap<const Decl *, llvm::SmallVector<AnnotateAttr *, 1>> Attached;
  return Attached;
}

void annotate(ASTContext &Ctx, Decl *D, StringRef Tag, ArrayRef<StringRef> Fields,
              SourceRange Range) {
  std::string Text = Tag.str();
  for (StringRef Field : Fields)
    (Text += Separator) += Field.str();
  auto *Annotation = AnnotateAttr::CreateImplicit(Ctx, Text, nullptr, 0, Range);
  D->addAttr(Annotation);
  if (isa<FunctionDecl>(D))
    attached()[D].push_back(Annotation);
}

} // namespace

void attachBinding(ASTContext &Ctx, Decl *D, const BindingAttr &Binding) {
  if (Binding.Kind == BindingKind::Import)
    annotate(Ctx, D, ImportTag, {Binding.Path, Binding.Module}, Binding.Range);
  else
    annotate(Ctx, D, ExportTag, {Binding.Path}, Binding.Range);
}

void attachValueObject(ASTContext &Ctx, Decl *D, SourceRange Range) {
  annotate(Ctx, D, ValueObjectTag, {}, Range);
}

void attachMarshalAs(ASTContext &Ctx, Decl *D, const MarshalAsAttr &MarshalAs) {
  annotate(Ctx, D, MarshalAsTag, {MarshalAs.Text}, MarshalAs.Range);
}

StringRef attributeName(ImportCall Call) {
  switch (Call) {
  case ImportCall::Function: return "";
  case ImportCall::Method: return "method";
  case ImportCall::Constructor: return "constructor";
  case ImportCall::Getter: return "getter";
  case ImportCall::Setter: return "setter";
  }
  llvm_unreachable("an ImportCall");
}

StringRef descriptorCall(ImportCall Call) {
  switch (Call) {
  case ImportCall::Function: return "";
  case ImportCall::Method: return "method";
  case ImportCall::Constructor: return "new";
  case ImportCall::Getter: return "get";
  case ImportCall::Setter: return "set";
  }
  llvm_unreachable("an ImportCall");
}

bool takesReceiver(ImportCall Call, unsigned ParamCount) {
  return Call == ImportCall::Method || (Call == ImportCall::Getter && ParamCount == 1) ||
         (Call == ImportCall::Setter && ParamCount == 2);
}

void attachImportCall(ASTContext &Ctx, Decl *D, const ImportCallAttr &Call) {
  annotate(Ctx, D, ImportCallTag, {attributeName(Call.Call)}, Call.Range);
}

llvm::SmallVector<ImportCallAttr, 1> importCallsOf(const Decl *D) {
  llvm::SmallVector<ImportCallAttr, 1> Result;
  for (const auto *A : D->specific_attrs<AnnotateAttr>()) {
    auto [Tag, Name] = A->getAnnotation().split(Separator);
    if (Tag != ImportCallTag)
      continue;
    for (ImportCall Call : ImportCalls)
      if (attributeName(Call) == Name)
        Result.push_back({Call, A->getRange()});
  }
  return Result;
}

llvm::SmallVector<BindingAttr, 1> bindingsOf(const Decl *D) {
  llvm::SmallVector<BindingAttr, 1> Result;
  for (const auto *A : D->specific_attrs<AnnotateAttr>()) {
    SmallVector<StringRef, 3> Fields;
    A->getAnnotation().split(Fields, Separator);
    if (Fields[0] == ImportTag && Fields.size() == 3) {
      llvm::SmallVector<ImportCallAttr, 1> Calls = importCallsOf(D);
      Result.push_back({BindingKind::Import, Fields[1].str(), Fields[2].str(), A->getRange(),
                        Calls.empty() ? ImportCall::Function : Calls.front().Call});
    }
    else if (Fields[0] == ExportTag && Fields.size() == 2)
      Result.push_back({BindingKind::Export, Fields[1].str(), "", A->getRange()});
  }
  return Result;
}

std::optional<MarshalAsAttr> marshalAsOf(const Decl *D) {
  for (const auto *A : D->specific_attrs<AnnotateAttr>()) {
    auto [Tag, Text] = A->getAnnotation().split(Separator);
    if (Tag == MarshalAsTag)
      return MarshalAsAttr{Text.str(), A->getRange()};
  }
  return std::nullopt;
}

llvm::SmallVector<ClassBinding, 1> classAnnotationsOf(const Decl *D) {
  llvm::SmallVector<ClassBinding, 1> Result;
  for (const auto *A : D->specific_attrs<AnnotateAttr>()) {
    auto [Tag, Name] = A->getAnnotation().split(Separator);
    if (Tag == ExportTag)
      Result.push_back({ClassKind::Exported, Name.str(), A->getRange()});
    else if (Tag == ValueObjectTag)
      Result.push_back({ClassKind::ValueObject, "", A->getRange()});
  }
  return Result;
}

std::optional<ClassBinding> classBindingOf(const CXXRecordDecl *Class) {
  const CXXRecordDecl *Definition = Class ? Class->getDefinition() : nullptr;
  if (!Definition)
    return std::nullopt;
  llvm::SmallVector<ClassBinding, 1> Bindings = classAnnotationsOf(Definition);
  if (Bindings.empty())
    return std::nullopt;
  return Bindings.front();
}

std::string jsPath(const DeclContext *DC, StringRef Name) {
  SmallVector<std::string, 4> Segments{Name.str()};
  for (; DC; DC = DC->getParent()) {
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC)) {
      if (!NS->isAnonymousNamespace() && !NS->isInline())
        Segments.push_back(NS->getName().str());
    } else if (const auto *RD = dyn_cast<CXXRecordDecl>(DC)) {
      std::optional<ClassBinding> Bound = classBindingOf(RD);
      Segments.push_back(Bound && !Bound->Name.empty() ? Bound->Name : RD->getName().str());
    }
  }
  std::reverse(Segments.begin(), Segments.end());
  return llvm::join(Segments, ".");
}

std::string classPath(const CXXRecordDecl *Class) {
  std::optional<ClassBinding> Bound = classBindingOf(Class);
  return jsPath(Class->getDeclContext(), Bound && !Bound->Name.empty() ? Bound->Name : Class->getName());
}

void restoreDroppedAnnotations(Decl *D) {
  auto Found = attached().find(D);
  if (Found == attached().end())
    return;
  for (AnnotateAttr *Annotation : Found->second)
    if (!llvm::is_contained(D->attrs(), Annotation))
      D->addAttr(Annotation);
  attached().erase(Found);
}

namespace {

llvm::DenseMap<const Decl *, llvm::SmallVector<Attr *, 2>> &putAside() {
  thread_local llvm::DenseMap<const Decl *, llvm::SmallVector<Attr *, 2>> PutAside;
  return PutAside;
}

bool isOurAnnotation(const Attr *A) {
  const auto *Annotation = dyn_cast<AnnotateAttr>(A);
  return Annotation && isOurs(Annotation->getAnnotation());
}

} // namespace

void putAsideAnnotations(Decl *D) {
  llvm::SmallVector<Attr *, 2> Ours;
  llvm::copy_if(D->attrs(), std::back_inserter(Ours), isOurAnnotation);
  if (auto *FD = dyn_cast<FunctionDecl>(D))
    for (ParmVarDecl *P : FD->parameters())
      putAsideAnnotations(P);
  if (Ours.empty())
    return;
  putAside()[D] = std::move(Ours);
  dropAnnotations(D);
}

void restoreAnnotationsPutAside(Decl *D) {
  if (auto *FD = dyn_cast<FunctionDecl>(D))
    for (ParmVarDecl *P : FD->parameters())
      restoreAnnotationsPutAside(P);
  auto Found = putAside().find(D);
  if (Found == putAside().end())
    return;
  for (Attr *A : Found->second)
    D->addAttr(A);
  putAside().erase(Found);
}

void forgetAttachedAnnotations() {
  attached().clear();
  putAside().clear();
}

void dropAnnotations(Decl *D) {
  if (!D->hasAttrs())
    return;
  AttrVec &Attrs = D->getAttrs();
  llvm::erase_if(Attrs, [](const Attr *A) {
    const auto *Annotation = dyn_cast<AnnotateAttr>(A);
    return Annotation && isOurs(Annotation->getAnnotation());
  });
  if (Attrs.empty())
    D->dropAttrs();
  if (auto *FD = dyn_cast<FunctionDecl>(D))
    for (ParmVarDecl *P : FD->parameters())
      dropAnnotations(P);
}

} // namespace jsinterop
