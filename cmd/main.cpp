// msol: the entry point.
#include "run.hpp"

int main(int argc, char** argv) { return msol::cli::run(argc, argv); }
