#pragma once
// The domain's errors are the bottom layer's (src/util/errors.hpp): one pair for every library.
#include "util/errors.hpp"
