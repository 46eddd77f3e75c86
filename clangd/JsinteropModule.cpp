// Runs the jsinterop plugin inside clangd. The attributes are registered by the plugin's own
// sources, linked into this binary (ParsedAttrInfoRegistry); the checks run in the plugin's own
// AST consumer, which this feature module adds to every wasm32 parse clangd makes, preamble and
// main file alike, just as -fplugin=libjsinterop.so adds it to a compile.
//
// In clangd the plugin is asked to check only ("check-only"): an editor needs the diagnostics,
// not the code the plugin writes. Should the plugin still write code, none of it reaches clangd:
// the declarations it hands on are dropped here, so that they are not indexed, highlighted or
// shown as the user's.
#include "ClangdABI.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/Basic/TargetInfo.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendPluginRegistry.h"
#include "clang/Frontend/MultiplexConsumer.h"

using namespace clang;

namespace jsinterop::clangd {
namespace {

// clangd's consumer first (it records the file's top-level declarations), then the plugin's.
class WithChecks final : public MultiplexConsumer {
public:
  WithChecks(std::unique_ptr<ASTConsumer> Clangd, std::unique_ptr<ASTConsumer> Plugin)
      : MultiplexConsumer(both(std::move(Clangd), std::move(Plugin))) {}

  bool HandleTopLevelDecl(DeclGroupRef Group) override {
    if (Handling) // a declaration the plugin wrote, handed on for code generation
      return true;
    Handling = true;
    bool Continue = MultiplexConsumer::HandleTopLevelDecl(Group);
    Handling = false;
    return Continue;
  }

private:
  bool Handling = false;

  static std::vector<std::unique_ptr<ASTConsumer>> both(std::unique_ptr<ASTConsumer> A,
                                                        std::unique_ptr<ASTConsumer> B) {
    std::vector<std::unique_ptr<ASTConsumer>> Consumers;
    Consumers.push_back(std::move(A));
    Consumers.push_back(std::move(B));
    return Consumers;
  }
};

std::unique_ptr<PluginASTAction> pluginAction() {
  for (const FrontendPluginRegistry::entry &Plugin : FrontendPluginRegistry::entries())
    if (Plugin.getName() == "jsinterop")
      return Plugin.instantiate();
  return nullptr;
}

struct AddChecks final : ::clang::clangd::FeatureModule::ASTListener {
  void beforeExecute(CompilerInstance &CI) override {
    // Outside wasm32 the plugin would only say that it compiles for wasm32; in an editor that is
    // a file of some other part of the project (or one without a compile command), not a misuse.
    if (CI.getTarget().getTriple().getArch() != llvm::Triple::wasm32 || !CI.hasASTConsumer())
      return;
    std::unique_ptr<PluginASTAction> Action = pluginAction();
    if (!Action || !Action->ParseArgs(CI, {"check-only"}))
      return;
    StringRef File = CI.getFrontendOpts().Inputs.empty()
                         ? StringRef()
                         : CI.getFrontendOpts().Inputs.front().getFile();
    std::unique_ptr<ASTConsumer> Checks = Action->CreateASTConsumer(CI, File);
    if (!Checks)
      return;
    CI.setASTConsumer(std::make_unique<WithChecks>(CI.takeASTConsumer(), std::move(Checks)));
  }
};

class JsinteropModule final : public ::clang::clangd::FeatureModule {
  std::unique_ptr<ASTListener> astListeners() override { return std::make_unique<AddChecks>(); }
};

::clang::clangd::FeatureModuleRegistry::Add<JsinteropModule>
    Register("jsinterop", "jsinterop: the plugin's attributes and checks");

} // namespace
} // namespace jsinterop::clangd
