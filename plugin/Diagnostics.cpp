#include "Diagnostics.h"

namespace jsinterop {

clang::DiagnosticBuilder report(clang::DiagnosticsEngine &Diags, clang::SourceLocation Loc,
                                Diag Id) {
  struct Description {
    clang::DiagnosticsEngine::Level Level;
    const char *Text;
  };
  static constexpr Description Descriptions[] = {
#define JSINTEROP_DIAG(Id, Level, Text) {clang::DiagnosticsEngine::Level, Text},
#include "Diagnostics.def"
  };
  const Description &D = Descriptions[static_cast<unsigned>(Id)];
  unsigned ID = Diags.getDiagnosticIDs()->getCustomDiagID(
      static_cast<clang::DiagnosticIDs::Level>(D.Level), D.Text);
  return Diags.Report(Loc, ID);
}

} // namespace jsinterop
