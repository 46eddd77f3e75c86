// The C++ port of the .NET sample WASMBrowserAppImportExportInterop (the seed article's sample):
// one "usage" per section of the article, run in order by main (Program.cpp).
#ifndef INTEROP_SAMPLE_H
#define INTEROP_SAMPLE_H

#include <jsinterop/jsinterop.h>

#include <cstdio>
#include <string>
#include <string_view>

namespace sample {

jsinterop::task<void> primitives_usage();
jsinterop::task<void> date_usage();
jsinterop::task<void> jsobject_usage();
jsinterop::task<void> promises_usage();
jsinterop::task<void> events_usage();
void jsobject_benchmark();

// JSHost.ImportAsync: loads a shim module relative to the page (browser) or to the working
// directory (Node); a failure is reported and ends nothing else.
jsinterop::task<bool> import_shim(std::string_view name, std::string_view url);

// .NET's custom numeric format "#.000" (no leading zero before the point): 0.2536 -> ".2536".
std::string format_fixed(double value, int decimals);

} // namespace sample

#endif
