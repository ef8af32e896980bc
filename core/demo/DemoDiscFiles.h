#pragma once

// The disc-level files around the DICOM objects: the DICOMDIR index, and the text files that
// real discs carry beside the images (a README, an AUTORUN.INF, a viewer's start page), which
// name the patient outside DICOM where a header-only anonymizer would never look.

#include <QString>
#include <QStringList>

namespace scanshield::demo::detail {

// Writes <root>/DICOMDIR (General Purpose CD profile) referencing every given file, paths
// relative to root with '/' separators. Returns an empty string or a sentence saying why not.
QString writeDicomDir(const QString& root, const QStringList& relativePaths);

// Writes README.TXT, AUTORUN.INF and INDEX.HTM at the disc root; returns their relative paths
// in `written`, and an empty string or the failure.
QString writeDiscTextFiles(const QString& root, QStringList& written);

} // namespace scanshield::demo::detail
