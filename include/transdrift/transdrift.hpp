// Umbrella header: the whole public API of transdrift.
#pragma once

#include "transdrift/aligner.hpp"
#include "transdrift/detector.hpp"
#include "transdrift/report.hpp"
#include "transdrift/result.hpp"
#include "transdrift/scorer.hpp"
#include "transdrift/text.hpp"
#include "transdrift/types.hpp"
#include "transdrift/version.hpp"
#include "transdrift/wordnet.hpp"
