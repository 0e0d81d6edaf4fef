// transdrift: compare a text with its round-trip retranslation.
// Everything is in cli_app.cpp (the command line) and commands.cpp (the work).
#include <exception>

#include "cli.hpp"
#include "cli_app.hpp"

int main(int argc, char** argv) {
  try {
    return transdrift::cli::run_cli(argc, argv);
  } catch (const std::exception& e) {
    // The library does not throw; this is allocation failure or a bug here.
    transdrift::cli::print_error(std::string("internal error: ") + e.what());
    return transdrift::cli::kExitError;
  }
}
