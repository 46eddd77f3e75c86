# lit configuration of the plugin's conformance tests (test/lit/*/).
import os

import lit.formats

config.name = "jsinterop"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".cpp", ".test"]
config.excludes = ["Inputs"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = config.jsinterop_test_exec_root

config.environment["PATH"] = os.pathsep.join(
    [config.jsinterop_bin_dir, config.llvm_tools_dir, config.environment.get("PATH", os.environ["PATH"])])

cxx = os.path.join(config.jsinterop_bin_dir, "jsinterop-clang++")
# %cxx: the user's compiler driver. %verify: a -verify run of the checker on one file.
config.substitutions.append(("%cxx", cxx))
config.substitutions.append(("%verify", cxx + " -fsyntax-only -Xclang -verify -ferror-limit=0"))
config.substitutions.append(("%plugin", os.path.join(config.jsinterop_lib_dir, "libjsinterop.so")))
config.substitutions.append(("%run", os.path.join(config.jsinterop_bin_dir, "jsinterop-run")))
config.substitutions.append(("%inputs", os.path.join(config.test_source_root, "Inputs")))
# %{bin_path}: the tests' PATH, for a test that puts a folder of its own in front of it.
config.substitutions.append(("%{bin_path}", config.environment["PATH"]))
# %exports: the JS paths of a linked module's exports, as app.exports presents them.
config.substitutions.append(
    ("%exports", "node " + os.path.join(config.test_source_root, "Inputs", "list-exports.mjs")))
# %bindings: the bindings of a module or object file, each with its descriptor from the section.
config.substitutions.append(
    ("%bindings", "node " + os.path.join(config.test_source_root, "Inputs", "list-bindings.mjs")))
