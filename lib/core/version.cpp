#include "transdrift/version.hpp"

namespace transdrift {
const char* version() { return TRANSDRIFT_VERSION_STRING; }
}  // namespace transdrift
