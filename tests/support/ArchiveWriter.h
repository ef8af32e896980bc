#pragma once

#include <QString>

namespace scanshield::test {

enum class ArchiveFormat { Zip, Iso9660 };

// Packs every file under `folder` into a ZIP or an ISO 9660 image with libarchive's writer,
// the way a patient portal hands out a disc. Returns false when writing failed.
bool writeArchive(const QString& folder, const QString& archivePath, ArchiveFormat format);

} // namespace scanshield::test
