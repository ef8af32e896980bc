#pragma once

#include <QString>

class DcmFileFormat;

namespace scanshield::media {
class ElementSink;
}

namespace scanshield::exposure {

// Hands every element of a file DCMTK has read to `sink`, the meta header first, nested
// sequences at any depth included, exactly as the fast header walker does in visiting mode
// (media/HeaderParse.h): the same raw value bytes (text undecoded, numbers little endian),
// the same VRs, pixel data never read. Used for the files the fast walker leaves to DCMTK
// (big endian, deflate, damage), and in tests as the reference the fast walk must match.
// Calls sink.beginFile / endFile around the walk.
void walkWithDcmtk(DcmFileFormat& file, const QString& path, media::ElementSink& sink);

} // namespace scanshield::exposure
