#pragma once

#include "media/DiscIndex.h"
#include "media/DiscSource.h"
#include "media/RandomAccessBytes.h"

#include <variant>

namespace scanshield::media {

class ElementSink;

// What one file of a disc turned out to be.
struct ClassifiedDicom { InstanceHeader header; };
struct ClassifiedDirectory {};
using FileVerdict = std::variant<ClassifiedDicom, ClassifiedDirectory, OtherFile, FileProblem>;

// Reads one file's header (fast walker, DCMTK for what it declines) and decides where it
// belongs. Never throws; every outcome is a verdict.
// With a sink, every element of the file is handed to it in the same walk (ElementSink.h);
// the sink is told the walk was complete only for files that join the index completely
// walked by the fast walker.
FileVerdict classifyFile(const SourceFile& file, RandomAccessBytes& bytes, DiscSource& source,
                         ElementSink* sink = nullptr);

} // namespace scanshield::media
