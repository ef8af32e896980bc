// The resources library holds only embedded files (see CMakeLists.txt); this translation unit
// exists because a library needs at least one source.
