// The plugin's diagnostics (Diagnostics.def), reported like Clang's own.
#ifndef JSINTEROP_PLUGIN_DIAGNOSTICS_H
#define JSINTEROP_PLUGIN_DIAGNOSTICS_H

#include "clang/Basic/Diagnostic.h"

namespace jsinterop {

enum class Diag {
#define JSINTEROP_DIAG(Id, Level, Text) Id,
#include "Diagnostics.def"
};

clang::DiagnosticBuilder report(clang::DiagnosticsEngine &Diags, clang::SourceLocation Loc,
                                Diag Id);

} // namespace jsinterop

#endif
