#pragma once

#include "media/HeaderParse.h"

#include <QByteArray>
#include <QString>

class DcmFileFormat;

namespace scanshield::media {

// Reads the index fields with DCMTK. Slower than parseHeaderFast, but handles every encoding
// DCMTK knows (big endian, deflate, broken VRs); used for the files the fast walker declines,
// and as the reference the fast walker is tested against.
HeaderResult readHeaderWithDcmtk(const QString& path);
HeaderResult readHeaderWithDcmtk(const QByteArray& bytes);

// The index fields of a file DCMTK has already loaded.
InstanceHeader headerFromDcmtk(DcmFileFormat& file);

} // namespace scanshield::media
