// Writes what an exported class and a value object need (docs/classes.md): the declaration that
// tells the runtime's templates what the class is (found by argument-dependent lookup), the class's
// descriptor line and record, and for each exported member a function that calls it (a trampoline:
// the receiver is its first parameter), exported as any function is (Lowering).
#ifndef JSINTEROP_PLUGIN_CLASSLOWERING_H
#define JSINTEROP_PLUGIN_CLASSLOWERING_H

#include "Lowering.h"
#include "checks/Checks.h"

#include "llvm/ADT/SmallVector.h"

namespace jsinterop {

class ClassLowering {
public:
  ClassLowering(clang::Sema &S, Lowering &Lower) : S(S), Lower(Lower) {}

  // `::jsinterop::detail::<exported_class_tag or value_object_tag> jsinterop_class_kind(Class *);` in
  // the class's namespace, which tells the runtime's templates what the class is. Declared before
  // any binding that may name the class is lowered (Action.cpp says when).
  bool declareKind(clang::CXXRecordDecl *Class, ClassKind Kind);

  // Appends to Written what code generation must see.
  void lowerExportedClass(clang::CXXRecordDecl *Class, llvm::ArrayRef<checks::ExportedMember> Members,
                          llvm::SmallVectorImpl<clang::Decl *> &Written);
  void lowerValueObject(clang::CXXRecordDecl *Class, llvm::ArrayRef<std::pair<std::string, Wire>> Fields,
                        llvm::SmallVectorImpl<clang::Decl *> &Written);

private:
  clang::Sema &S;
  Lowering &Lower;
  clang::CXXRecordDecl *BorrowScope = nullptr; // detail::borrow_scope, looked up once per class

  // The class's line and its record: detail::destroy_instance<Class>, detail::class_key_of<Class>.
  clang::Decl *classRecord(clang::CXXRecordDecl *Class, const std::string &Descriptor);
  // The trampoline of a member, by what it does: calls it, reads or writes it (a data member), or
  // constructs the class.
  enum class Action { Call, Read, Write, Construct };
  clang::FunctionDecl *trampoline(clang::CXXRecordDecl *Class, const checks::ExportedMember &Member, Action What);
  clang::Expr *trampolineBody(clang::FunctionDecl *Trampoline, clang::CXXRecordDecl *Class,
                              const checks::ExportedMember &Member, Action What);
  clang::ExprResult borrowing(clang::Expr *Body, clang::SourceLocation Loc);
  void exportMember(clang::CXXRecordDecl *Class, const checks::ExportedMember &Member, Action What,
                    llvm::SmallVectorImpl<clang::Decl *> &Written);
};

} // namespace jsinterop

#endif
