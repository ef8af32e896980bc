#pragma once

#include "media/DiscIndex.h"
#include "media/DiscSource.h"
#include "media/RandomAccessBytes.h"

#include <variant>

namespace scanshield::media {

// What one file of a disc turned out to be.
struct ClassifiedDicom { InstanceHeader header; };
struct ClassifiedDirectory {};
using FileVerdict = std::variant<ClassifiedDicom, ClassifiedDirectory, OtherFile, FileProblem>;

// Reads one file's header (fast walker, DCMTK for what it declines) and decides where it
// belongs. Never throws; every outcome is a verdict.
FileVerdict classifyFile(const SourceFile& file, RandomAccessBytes& bytes, DiscSource& source);

} // namespace scanshield::media
