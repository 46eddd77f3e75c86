// The part of clangd's FeatureModule interface that jsinterop-clangd uses. Debian's
// libclang-22-dev ships clangd's libraries (libclangDaemon.a, libclangdMain.a) but not its
// headers, so this declares what the module below relies on, laid out as clangd 22 lays it out
// (clang-tools-extra/clangd/FeatureModule.h): the virtual functions in the same order, the same
// data members. Nothing here has a body that clangd itself would run.
//
// Only beforeExecute() is used: clangd calls it for each preamble and main-file parse, just
// before FrontendAction::Execute(), with the CompilerInstance ready.
#ifndef JSINTEROP_CLANGD_CLANGDABI_H
#define JSINTEROP_CLANGD_CLANGDABI_H

#include "llvm/Support/JSON.h"
#include "llvm/Support/Registry.h"

#include <memory>
#include <optional>
#include <vector>

namespace clang {
class CompilerInstance;
class Diagnostic;

namespace clangd {
struct Diag;
class LSPBinder;
class SymbolIndex;
class ThreadsafeFS;
class TUScheduler;
class Tweak;
class Deadline; // passed by value to blockUntilIdle, which the module does not override

class FeatureModule {
public:
  virtual ~FeatureModule() = default;
  virtual void initializeLSP(LSPBinder &, const llvm::json::Object &, llvm::json::Object &) {}

  struct Facilities {
    TUScheduler &Scheduler;
    const SymbolIndex *Index;
    const ThreadsafeFS &FS;
  };

  virtual void stop() {}
  // Declared with a placeholder parameter: the slot must exist, the body ignores its argument.
  virtual bool blockUntilIdle(const Deadline *) { return true; }
  virtual void contributeTweaks(std::vector<std::unique_ptr<Tweak>> &) {}

  struct ASTListener {
    virtual ~ASTListener() = default;
    virtual void beforeExecute(CompilerInstance &) {}
    virtual void sawDiagnostic(const clang::Diagnostic &, clangd::Diag &) {}
  };
  virtual std::unique_ptr<ASTListener> astListeners() { return nullptr; }

private:
  std::optional<Facilities> Fac; // set by clangd's FeatureModule::initialize
};

using FeatureModuleRegistry = llvm::Registry<FeatureModule>;

int clangdMain(int argc, char *argv[]);

} // namespace clangd
} // namespace clang

#endif
