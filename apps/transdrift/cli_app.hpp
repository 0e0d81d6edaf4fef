// Internal to the transdrift command: the command line as a whole.
#pragma once

namespace transdrift::cli {

// Parses the arguments, runs the command, returns the exit code (cli.hpp).
int run_cli(int argc, char** argv);

}  // namespace transdrift::cli
