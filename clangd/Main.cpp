// jsinterop-clangd: clangd 22 (Debian's libclangdMain.a) with the jsinterop plugin built in.
// The plugin's sources are linked into this binary, and JsinteropModule.cpp runs its checks in
// every parse; everything else is clangd's.
#include "ClangdABI.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <vector>

namespace clang::clangd {
class SymbolIndex;
namespace remote {
// Stands in for clangd's remote index client (libclangdRemoteIndex.a and gRPC): this clangd is
// built without it, so --remote-index-address gives no index, as in a clangd built with
// CLANGD_ENABLE_REMOTE=OFF.
std::unique_ptr<SymbolIndex> getClient(llvm::StringRef, llvm::StringRef) { return nullptr; }
} // namespace remote
} // namespace clang::clangd

// clangd looks for Clang's own headers (stddef.h, ...) next to its binary, ../lib/clang/22; this
// one lives in the build tree, so it is told where Debian's are unless the user says otherwise.
int main(int argc, char *argv[]) {
  std::vector<char *> Args(argv, argv + argc);
  bool HasResourceDir = false;
  for (llvm::StringRef Arg : llvm::ArrayRef(argv, argc))
    HasResourceDir |= Arg.starts_with("--resource-dir") || Arg.starts_with("-resource-dir");
  static char ResourceDir[] = "--resource-dir=" JSINTEROP_CLANG_RESOURCE_DIR;
  if (!HasResourceDir)
    Args.insert(Args.begin() + 1, ResourceDir);
  Args.push_back(nullptr);
  return clang::clangd::clangdMain(static_cast<int>(Args.size() - 1), Args.data());
}
